import type { LoadLink } from '../cluster/loading';
import { inputOf } from '../dialects';
import type { ConfigDocument, Setting } from '../model/configDocument';
import type { Problem } from '../model/findings';
import type { Span } from '../text/lineIndex';

/*
 * A unit and the env file its EnvironmentFile= loads (a compose service and its env_file) are one member: each file
 * is checked with what the other supplies, so an env file without ETCD_NAME is no error when its unit passes
 * `--name`, and a unit's advertised URL is served when the env file sets the listener. The partner's settings for
 * options this file leaves out join the settings the rules see (and replace a unit's Environment= variables, as
 * systemd lets EnvironmentFile= do), moved to offsets below zero that no text has, one region per partner file. A
 * finding that stands on one of them is the partner's own to report, where it is written: it is dropped here;
 * related information that points at one is pointed at the partner's file; a fix that would edit one is left out.
 * Options set in both files are another matter (flag-and-variable).
 */

export interface MemberView {
	/** The document with its partners' settings. */
	readonly doc: ConfigDocument;
	/** A finding of the view as this document's own: undefined when it stands in a partner's file. */
	own(problem: Problem): Problem | undefined;
}

/** Each partner's offsets move down by a multiple of this, far past any text. */
const region = 2 ** 32;

export function memberView(doc: ConfigDocument, links: readonly LoadLink[]): MemberView | undefined {
	const partners = [...new Set(links.flatMap(link => link.loader.uri === doc.uri ? [link.loaded] : link.loaded.uri === doc.uri ? [link.loader] : []))];
	if (partners.length === 0) return undefined;
	const loads = links.some(link => link.loader.uri === doc.uri);
	// A loader's own variables give way to its env files' (systemd: EnvironmentFile= over Environment=); its flags do not.
	const keeps = (setting: Setting) => !loads || inputOf(setting) !== 'environment';
	const own = new Set(doc.settings.flatMap(setting => setting.option && keeps(setting) ? [setting.option.name] : []));
	// The last file that sets an option wins (systemd reads the EnvironmentFile= lines in order).
	const supplied = new Map<string, Setting>();
	partners.forEach((partner, index) => {
		for (const setting of partner.settings) {
			// A loader gets its env files' variables; an env file its loader's flags and variables.
			if (!setting.option || own.has(setting.option.name) || (loads && inputOf(setting) !== 'environment')) continue;
			supplied.set(setting.option.name, moved(setting, -(index + 1) * region));
		}
	});
	if (supplied.size === 0) return undefined;
	const overridden = (setting: Setting) => !keeps(setting) && setting.option !== undefined && supplied.has(setting.option.name);
	const partnerAt = (span: Span) => {
		const index = -Math.floor(span.start / region) - 1;
		const shift = (index + 1) * region;
		return { doc: partners[index], span: { start: span.start + shift, end: span.end + shift } };
	};
	return {
		doc: { ...doc, settings: [...supplied.values(), ...doc.settings.filter(setting => !overridden(setting))] },
		own(problem) {
			if (problem.span.start < 0) return undefined;
			const related = problem.related?.map(r => !r.doc && r.span.start < 0 ? { ...r, ...partnerAt(r.span) } : r);
			const fixes = problem.fixes?.filter(fix => fix.changes.every(change => change.doc || change.span.start >= 0));
			return { ...problem, ...(related ? { related } : {}), ...(fixes ? { fixes } : {}) };
		},
	};
}

function moved(setting: Setting, by: number): Setting {
	const shift = (span: Span) => ({ start: span.start + by, end: span.end + by });
	return {
		...setting,
		keySpan: shift(setting.keySpan),
		valueSpan: shift(setting.valueSpan),
		statementSpan: shift(setting.statementSpan),
		valueOffsets: setting.valueOffsets.map(offset => offset + by),
	};
}
