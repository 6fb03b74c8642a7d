// Preloaded into the language server by the security test (node --require): any network connection, DNS lookup
// or child process is reported on stderr and refused. The server's own stdio pipes do not go through these.
const report = what => {
	process.stderr.write(`FORBIDDEN ${what}\n`);
	throw new Error(`forbidden in the language server: ${what}`);
};
const net = require('node:net');
const childProcess = require('node:child_process');
for (const name of ['connect', 'createConnection']) net[name] = () => report(`net.${name}`);
net.Socket.prototype.connect = () => report('net.Socket.connect');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) childProcess[name] = () => report(`child_process.${name}`);
for (const module of ['node:http', 'node:https']) {
	const lib = require(module);
	lib.request = () => report(`${module}.request`);
	lib.get = () => report(`${module}.get`);
}
const dns = require('node:dns');
dns.lookup = () => report('dns.lookup');
require('node:dgram').createSocket = () => report('dgram.createSocket');
