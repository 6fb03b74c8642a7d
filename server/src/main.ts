import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// Started by serverLoader.ts (dist/server.js), which also sets V8's flags.
// createConnection picks the transport from the command line: --stdio, --node-ipc or --socket=N.
startServer(createConnection(ProposedFeatures.all));
