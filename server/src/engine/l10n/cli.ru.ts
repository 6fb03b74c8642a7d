import type { CliMessages } from './cli.en';
import { pluralRu } from './locale';

/** What etcd-config-lint itself prints, in Russian (`--language ru`). */
export const cliMessagesRu: CliMessages = {
	// "Label: count" needs no plural forms and reads like the tables operators know from other tools.
	summary: (files, errors, warnings, information, hints) =>
		`Проверено файлов: ${files}; ошибок: ${errors}, предупреждений: ${warnings}, сведений: ${information}, подсказок: ${hints}`,
	noPaths: 'не указаны файлы или каталоги (см. --help)',
	unknownRule: ids => `неизвестное правило ${ids}`,
	invalidJson: (path, reason) => `${path} — некорректный JSON: ${reason}`,
	needsValue: option => `${option} требует значения`,
	oneOf: (option, allowed, value) => `${option} принимает одно из значений ${allowed}, а не «${value}»`,
	etcdVersion: (option, value) => `${option} принимает 3.4, 3.5, 3.6 или 3.7 либо один из их выпусков до 3.4.45, 3.5.33, 3.6.14 и 3.7.1 (например, 3.4.23), а не «${value}»`,
	unknownOption: option => `неизвестный параметр ${option} (см. --help)`,
	ruleSyntax: (severities, text) => `--rule принимает <id-правила>=<${severities}>, а не «${text}»`,
	maxWarningsSyntax: text => `--max-warnings принимает целое число, а не «${text}»`,
	cannotRead: (path, reason) => `не удаётся прочитать ${path}: ${reason}`,
	cannotWrite: (path, reason) => `не удаётся записать ${path}: ${reason}`,
	written: (path, target) => target ? `исправлен ${path} → ${target} (ссылка сохранена)` : `исправлен ${path}`,
	notWritten: (path, why) => `не исправлен ${path}: ${why}`,
	refusals: {
		'unreadable': detail => `файл не читается (${detail})`,
		'not-regular': () => 'это не обычный файл',
		'hard-links': detail => `у файла ${detail} ${pluralRu(Number(detail), 'жёсткая ссылка', 'жёсткие ссылки', 'жёстких ссылок')}, и новый файл на его месте разделил бы их; исправьте его вручную`,
		'read-only': detail => `файл только для чтения (права ${detail}); дайте право записи, чтобы --fix мог его изменить`,
		'folder-not-writable': detail => `в его каталоге нельзя создать новый файл (${detail})`,
		'owner': detail => `новому файлу нельзя дать владельца и группу старого (${detail})`,
		'mode': detail => `новому файлу нельзя дать права старого (${detail})`,
		'xattrs-unavailable': detail => `расширенные атрибуты файла нельзя перенести на новый файл: нет вспомогательного модуля${detail ? ` (${detail})` : ''}`,
		'xattrs': detail => `расширенный атрибут нельзя сохранить (${detail})`,
		'changed': () => 'файл изменился, пока его исправляли; запустите ещё раз',
		'encoding': () => 'исправление записало бы символы, для которых в файле нет байтов',
		'write-failed': detail => `не удалось записать новый файл (${detail})`,
	},
	noSuchFile: 'нет такого файла или каталога',
	permissionDenied: 'доступ запрещён',
	isDirectory: 'это каталог',
	notRegular: 'это не обычный файл',
	help: `Использование: etcd-config-lint [параметры] <файл|каталог>...

Проверяет файлы конфигурации etcd (/etc/default/etcd, /etc/etcd/etcd.conf, *.etcd.env). Указанные файлы
проверяются при любом имени; в каталогах ищутся файлы конфигурации etcd (node_modules и .git пропускаются).

Параметры:
  --format text|json|sarif   формат вывода (по умолчанию text)
  --etcd-version <версия>    версия etcd на узлах: 3.4, 3.5, 3.6 или 3.7 (их новейший выпуск)
                             либо выпуск вроде 3.4.23 (по умолчанию 3.5 или версия из файла настроек)
  --rule <id>=<важность>     off, hint, information, warning или error для одного правила; можно повторять
  --config <файл>            настройки в JSON: {"version": "3.4", "rules": {"<id>": "<важность>"}}
  --max-warnings <n>         код выхода 1, если предупреждений больше n
  --language en|ru           язык сообщений и названий исправлений (по умолчанию en)
  --fix                      применить безопасные исправления прямо в файлах
  --quiet                    сообщать только об ошибках
  --version                  показать версию
  --help                     показать эту справку

Код выхода: 0 — ошибок нет (и предупреждений не больше --max-warnings), 1 — найдены проблемы,
2 — ошибка в параметрах или ввода-вывода (а также когда --fix пришлось оставить файл как есть: каждый такой
файл назван в stderr с причиной).
`,
};
