import { dialectOf } from '../dialects';
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver-types';
import { atVersion, type EtcdVersion } from '../etcd/options';
import type { EngineContext } from '../validate/context';
import { messagesFor } from '../l10n/messages';
import type { ViewMessages } from '../l10n/views.en';
import type { ConfigDocument, Setting } from '../model/configDocument';
import { offsetAt, positionAt } from '../text/lineIndex';
import { describeBytes, describeDuration } from '../text/quantities';
import { parseGoDuration, parseGoInt } from '../parsers/goValues';

/** After a value, what etcd makes of it where the text does not say: units, sizes, durations, the default of an empty value. */
export function inlayHints(doc: ConfigDocument, range: Range, ctx: EngineContext): InlayHint[] {
	const msg = messagesFor(ctx.locale).features.inlay;
	const version = ctx.version;
	const from = offsetAt(doc.lines, range.start);
	const to = offsetAt(doc.lines, range.end);
	return doc.settings.filter(s => s.valueSpan.end >= from && s.valueSpan.start <= to).flatMap(setting => {
		const label = hintFor(doc, setting, version, msg);
		return label ? [{ position: positionAt(doc.lines, setting.valueSpan.end), label, kind: InlayHintKind.Type, paddingLeft: true }] : [];
	});
}

function hintFor(doc: ConfigDocument, setting: Setting, version: EtcdVersion, msg: ViewMessages['inlay']): string | undefined {
	const option = setting.option;
	if (!option) return undefined;
	if (setting.value === '') {
		const fallback = atVersion(option.defaultValue, version);
		return fallback === undefined ? undefined : msg.defaultValue(fallback === '' ? msg.empty : fallback);
	}
	const type = atVersion(option.type, version);
	if (type === 'duration') {
		const parsed = parseGoDuration(setting.value);
		// YAML writes durations as nanoseconds: always worth saying what the digits mean.
		if (dialectOf(setting).nativeValue(doc, setting) !== undefined && parsed.ok) return `= ${describeDuration(parsed.value, msg)}`;
		return parsed.ok && /^[0-9.]+[a-z\u00b5\u03bc]+$/.test(setting.value) && parsed.value >= 60e9 ? `= ${describeDuration(parsed.value, msg)}` : undefined;
	}
	if (type !== 'int' && type !== 'uint' && type !== 'size') return undefined;
	const parsed = parseGoInt(setting.value, type === 'int');
	if (!parsed.ok) return undefined;
	if (option.unit === 'bytes' || type === 'size') return parsed.value >= 1024n ? `= ${describeBytes(parsed.value)}` : msg.bytes;
	if (option.unit === 'ms' || option.unit === 's') return msg[option.unit];
	return setting.value !== parsed.value.toString() ? `= ${parsed.value}` : undefined;
}
