import type { RuleMessagesKeysValues } from './rulesKeysValues.en';

/** Сообщения и заголовки исправлений правил синтаксиса, ключей и значений, по-русски; ключи те же, что в английском каталоге. */
export const ruleMessagesKeysValuesRu: RuleMessagesKeysValues = {
	'invalid-line': {
		comment: 'Закомментировать строку',
		notAssignment: 'Эта строка не присваивание: systemd её пропускает, а оболочка выполнила бы её как команду. Напишите КЛЮЧ=значение или начните строку с #.',
		noEquals: (key: string, value: string) => `В строке нет '=': systemd её пропускает, так что ${key} не задана, а оболочка выполнила бы строку как команду. Напишите ${key}=${value}.`,
		write: (assignment: string) => `Написать ${assignment}`,
	},
	'unterminated-quote': {
		message: (kind: string, rest: boolean, name: string) => `${kind === 'double' ? 'Двойная' : 'Одинарная'} кавычка не закрыта: systemd читает в ${name} ${rest ? 'весь остаток файла' : 'всё до конца файла вместе с концом строки'}, а оболочка останавливается с синтаксической ошибкой. Закройте кавычку.`,
		close: 'Закрыть кавычку в конце строки',
	},
	'invalid-key': {
		invalid: (name: string, intended: string | undefined) => `'${name}' — недопустимое имя переменной (только латинские буквы, цифры и '_', и не с цифры в начале), поэтому systemd отбрасывает строку с ошибкой и etcd её не видит: ${intended ? `напишите ${intended}` : 'переименуйте её'}.`,
		unread: (debian: boolean, name: string, intended: string) => `${debian ? 'Юнит Debian передаёт etcd только DAEMON_ARGS' : 'etcd читает только переменные, начинающиеся с ETCD_ в верхнем регистре'}, поэтому ${name} молча игнорируется: напишите ${intended}.`,
		rename: (name: string) => `Переименовать в ${name}`,
	},
	'shell-difference': {
		bomLost: (name: string) => `Файл начинается с метки порядка байтов UTF-8 (BOM), которую и systemd, и оболочка считают частью имени ${name}, так что строка 1 ничего не задаёт: сохраните файл без BOM.`,
		bom: 'Файл начинается с метки порядка байтов UTF-8 (BOM), которую и systemd, и оболочка считают частью строки 1, так что присваивание в ней потеряется: сохраните файл без BOM.',
		removeBom: 'Удалить метку порядка байтов (BOM)',
		crlf: 'В файле концы строк CRLF (Windows): systemd читает их как обычные концы строк, но оболочка, подключающая файл, оставляет возврат каретки в конце каждого значения; сохраните файл с концами строк LF.',
		export: (name: string) => `systemd считает именем 'export ${name}', а такое имя недопустимо, и отбрасывает строку, тогда как оболочка задаёт ${name}: уберите 'export' (set -a и так экспортирует все переменные).`,
		removeExport: (name: string) => `Убрать 'export' (тогда systemd задаст ${name})`,
		blanksBefore: (name: string) => `systemd пропускает пробелы вокруг '=', но оболочка выполняет ${name} как команду и оставляет переменную незаданной: уберите пробелы.`,
		blanksAfter: (name: string, value: string) => `systemd пропускает пробелы после '=' и присваивает ${name} значение ${value}, но оболочка заканчивает присваивание на пробеле, и ${name} этого значения не получает: уберите пробелы.`,
		removeBlanks: 'Убрать пробелы вокруг \'=\'',
		inlineComment: (comment: string, name: string, value: string) => `В systemd нет комментариев в конце строки: он оставляет ${comment} в значении (${name} получает ${value}), а оболочка его отбрасывает: перенесите комментарий на отдельную строку.`,
		moveComment: (name: string, kept: string) => `Перенести комментарий на отдельную строку (${name} станет ${kept})`,
		removeSemicolon: (name: string, kept: string) => `Убрать ';' (${name} станет ${kept})`,
		semicolon: (name: string, value: string, trailing: boolean) => `systemd оставляет ';' в значении (${name} получает ${value}), а оболочка на нём заканчивает присваивание: ${trailing ? 'уберите \';\'' : 'возьмите значение в кавычки'}.`,
		blank: (name: string, value: string) => `systemd присваивает ${name} значение ${value}, но оболочка заканчивает значение на этом пробеле, выполняет остаток как команду и оставляет ${name} незаданной: возьмите значение в кавычки.`,
		quote: 'Взять значение в кавычки',
		expansion: (written: string, command: boolean) => `systemd передаёт etcd ${written} буквально, а оболочка ${command ? 'выполняет команду и подставляет её вывод' : 'подставляет значение переменной'}: напишите само значение.`,
		escape: (written: string) => `Экранировать, чтобы оба читали ${written} буквально`,
		semicolonComment: 'systemd считает строку, начинающуюся с \';\', комментарием, а оболочка останавливается на ней с синтаксической ошибкой и пропускает остаток файла: начните комментарий с \'#\'.',
		hashComment: 'Начать комментарий с \'#\'',
		commentContinuation: (name: string) => `Комментарий заканчивается обратной косой чертой: systemd до версии 254 (Debian 12, RHEL 9) считает комментарием и следующую строку и не задаёт ${name}, а более новый systemd и оболочка задают: уберите обратную косую черту.`,
		removeBackslash: 'Убрать обратную косую черту',
	},
	'duplicate-key': {
		onLine: (line: number) => `в строке ${line}`,
		laterInArgs: 'дальше в DAEMON_ARGS',
		same: (key: string, where: string) => `${key} ещё раз задаётся тем же значением ${where}: эта строка лишняя.`,
		differs: (key: string, where: string, value: string) => `${key} задаётся ещё раз ${where}, и etcd получает именно то, более позднее значение ${value}: эта настройка ни на что не влияет.`,
		related: (key: string) => `${key}, который действует.`,
		remove: (line: boolean, key: string, value: string) => `Удалить ${line ? 'эту строку' : `этот ${key}`} (${key} останется ${value})`,
	},
	'empty-value': {
		derivedCluster: 'кластер из одного этого узла',
		itsDefault: (value: string) => `значение по умолчанию ${value}`,
		emptyDefault: (key: string) => `Пустая ${key} считается незаданной, и здесь это ничего не меняет (значение по умолчанию тоже пустое), но etcd пишет в журнал предупреждение о нераспознанной переменной: удалите строку.`,
		message: (key: string, instead: string) => `Пустая ${key} считается незаданной, поэтому etcd берёт ${instead} и пишет в журнал предупреждение о нераспознанной переменной: задайте значение или удалите строку.`,
		remove: (key: string) => `Удалить строку с пустой ${key}`,
	},
};
