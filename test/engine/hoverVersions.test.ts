import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arrivalAt, hasFlag, yamlKeyAt } from '../../server/src/engine/etcd/availability';
import { allOptions, atVersion, etcdVersions } from '../../server/src/engine/etcd/options';
import { parseTarget, previousRelease } from '../../server/src/engine/etcd/versions';
import { optionHover } from '../../server/src/engine/features/hover';
import { hoverEn } from '../../server/src/engine/l10n/hover.en';

/** Every minor, and both sides of every patch an option's flag or YAML key arrived in. */
function releases(): string[] {
	const patches = allOptions().flatMap(option => etcdVersions.flatMap(minor => [arrivalAt(option, parseTarget(minor)!, false), arrivalAt(option, parseTarget(minor)!, true)]));
	return [...etcdVersions, ...new Set(patches.filter((p): p is string => p !== undefined).flatMap(p => [p, previousRelease(p)!]))];
}

describe('the hover of every option at every release speaks from the rules\' facts', () => {
	it('shows a default exactly where the release has the option, and says when a patch brings it', () => {
		const wrong: string[] = [];
		for (const release of releases()) {
			const target = parseTarget(release)!;
			for (const option of allOptions()) {
				for (const [written, inYaml] of [[option.env, false], [yamlKeyAt(option, target) ?? 'x-missing', true]] as const) {
					const text = optionHover(option, target, written);
					const has = inYaml ? yamlKeyAt(option, target) !== null : hasFlag(option, target);
					const arrival = arrivalAt(option, target, inYaml);
					const notAvailable = text.includes(hoverEn.notAvailable);
					if (has && notAvailable && atVersion(option.defaultValue, target.minor) !== undefined) wrong.push(`${release} ${written}: available, but no default shown`);
					if (!has && !notAvailable && !(inYaml && written === 'x-missing')) wrong.push(`${release} ${written}: not there, yet a default shown`);
					if (arrival && !has && option.status[target.minor] !== 'absent' && option.status[target.minor] !== 'removed' && !text.includes(hoverEn.notes.notYet(target.label, arrival, inYaml))) wrong.push(`${release} ${written}: no note that ${arrival} brings it`);
				}
			}
		}
		assert.deepEqual(wrong, []);
	});
	it('names the patch, and a config file\'s own defaults', () => {
		assert.match(optionHover(allOptions().find(o => o.name === 'tls-min-version')!, parseTarget('3.4.23')!), /Not in etcd 3\.4\.23\*\*: it came with etcd 3\.4\.25/);
		assert.match(optionHover(allOptions().find(o => o.name === 'tls-min-version')!, parseTarget('3.4.25')!), /Available from etcd 3\.4\.25 on/);
		const gateway = optionHover(allOptions().find(o => o.name === 'enable-grpc-gateway')!, parseTarget('3.4')!, 'enable-grpc-gateway');
		assert.match(gateway, /Default in 3\.4: `false`/);
		assert.match(gateway, /In a config file etcd 3\.4 starts from `false`; only the command line defaults it to `true`/);
		assert.match(optionHover(allOptions().find(o => o.name === 'socket-reuse-port')!, parseTarget('3.5.9')!, 'socket-options.reuse-port'), /Not in etcd 3\.5\.9\*\*: it came with etcd 3\.5\.10/);
	});
});
