/*
 * The YAML parser's descriptions of what it could not read, in Russian. The parser writes them in English and its
 * error codes are too coarse to translate from (one code covers a missing quote, comma or colon), so the common
 * sentences are matched as written; anything else is quoted in English.
 */
const flow = (kind: string) => (kind.startsWith('flow seq') ? 'списке в квадратных скобках' : 'отображении в фигурных скобках');

const translations: readonly [RegExp, (match: RegExpExecArray) => string][] = [
	[/^Missing closing "quote/, () => 'не закрыта двойная кавычка (")'],
	[/^Missing closing 'quote/, () => 'не закрыта одинарная кавычка (\')'],
	[/^Implicit keys need to be on a single line/, () => 'ключ должен умещаться в одну строку (возможно, у строки лишний отступ)'],
	[/^Nested mappings are not allowed in compact mappings/, () => 'вложенное отображение не может начинаться в строке своего ключа: проверьте отступы и двоеточия'],
	[/^Tabs are not allowed as indentation/, () => 'отступы в YAML делаются пробелами, табуляция не допускается'],
	[/^Flow (sequence|mapping) in block collection must be sufficiently indented and end with an? ([\]}])/,
		m => `${m[1] === 'sequence' ? 'список в квадратных скобках' : 'отображение в фигурных скобках'} должен иметь отступ больше, чем у ключа, и закрываться символом ${m[2]}`],
	[/^Block collections are not allowed within flow collections/, () => 'внутри скобок [ ] и { } нельзя писать многострочные списки и отображения (возможно, пропущена запятая)'],
	[/^Plain value cannot start with reserved character (.+)$/, m => `значение без кавычек не может начинаться с зарезервированного символа ${m[1]}: заключите его в кавычки`],
	[/^Invalid escape sequence (.+)$/, m => `недопустимая escape-последовательность ${m[1]} в строке в двойных кавычках`],
	[/^Source contains multiple documents/, () => 'в файле несколько документов YAML (разделитель ---), а etcd читает один'],
	[/^All (mapping|sequence) items must start at the same column/, m => `все ${m[1] === 'mapping' ? 'ключи отображения' : 'элементы списка'} должны начинаться с одной и той же колонки`],
	[/^Unexpected , in (flow \w+)/, m => `лишняя запятая в ${flow(m[1])}`],
	[/^Missing , or : between (flow \w+) items/, m => `в ${flow(m[1])} между элементами не хватает запятой или двоеточия`],
	[/^Missing , between (flow \w+) items/, m => `в ${flow(m[1])} между элементами не хватает запятой`],
	[/^Missing space after : in (flow \w+)/, m => `в ${flow(m[1])} после двоеточия нужен пробел`],
	[/^Implicit map keys need to be followed by map values/, () => 'после ключа нужны двоеточие и значение'],
	[/^Comments must be separated from other tokens by white space characters/, () => 'перед знаком комментария # нужен пробел'],
	[/^Unexpected scalar at node end/, () => 'лишнее значение после конца записи'],
	[/^Unexpected [\w-]+ token in YAML stream: (".*")$/, m => `неожиданный фрагмент ${m[1]}`],
	[/^Unresolved tag: (.+)$/, m => `неизвестный тег ${m[1]}`],
];

export function yamlParserMessageRu(detail: string): string {
	for (const [pattern, translate] of translations) {
		const match = pattern.exec(detail);
		if (match) return translate(match);
	}
	return detail;
}
