import { splitWords } from '../../server/src/engine/parsers/daemonArgs';
import { parseEnvFile, type AssignmentNode } from '../../server/src/engine/parsers/envFile';
import type { SystemdView } from './systemdOracle';

/*
 * What our parser says systemd keeps of a file, in the oracle's terms (systemdOracle.ts): the bytes are decoded as
 * the CLI and the workspace index decode them (UTF-8, invalid bytes becoming U+FFFD), every assignment replaces an
 * earlier one of the same key in place (systemd's list semantics), assignments with an invalid name are dropped,
 * and the file's variables are merged over the unit's own, which come from the oracle's answer for an empty file.
 */

/** systemd's list operations take a name to run up to an entry's first `=`, and a key may start with `=`. */
const listName = (key: string) => key.split('=')[0];

export function ourView(bytes: Uint8Array, unit: SystemdView): SystemdView {
	const file = parseEnvFile(Buffer.from(bytes).toString('utf8'));
	if (file.unreadable) return { ...unit, ignored: [], loaded: false };
	const fromFile: [AssignmentNode, string][] = [];
	for (const node of file.nodes) {
		if (node.kind !== 'assignment') continue;
		const at = fromFile.findIndex(([other]) => listName(other.key) === listName(node.key));
		if (at >= 0) fromFile[at] = [node, node.value];
		else fromFile.push([node, node.value]);
	}
	const env = unit.env.map(([key, value]) => [key, value] as [string, string]);
	for (const [node, value] of fromFile) {
		if (!node.validName) continue;
		const at = env.findIndex(([key]) => key === node.key);
		if (at >= 0) env[at] = [node.key, value];
		else env.push([node.key, value]);
	}
	const daemonArgs = env.find(([key]) => key === 'DAEMON_ARGS')?.[1] ?? '';
	return {
		env,
		ignored: fromFile.filter(([node]) => !node.validName).map(([node, value]) => `${node.key}=${value}`),
		argv: [unit.argv[0], ...splitWords(daemonArgs).map(word => word.text)],
		loaded: true,
	};
}
