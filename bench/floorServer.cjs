// The floor under any Node language server on this machine: vscode-languageserver with no work behind it. It
// answers hover with a fixed text and publishes no diagnostics on open and change; what ours and the peer cost
// above this is what their own code costs.
const { createConnection, TextDocuments } = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const connection = createConnection();
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: 1, hoverProvider: true } }));
connection.onHover(() => ({ contents: { kind: 'markdown', value: '**floor**' } }));
documents.onDidChangeContent(change => void connection.sendDiagnostics({ uri: change.document.uri, diagnostics: [] }));
documents.listen(connection);
connection.listen();
