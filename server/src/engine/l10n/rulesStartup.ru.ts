import type { RulesStartupMessages } from './rulesStartup.en';

/**
 * Messages of the rules for etcd's start-up checks (docs/startup-checks.md), in Russian; spread into
 * `ruleMessagesRu`. Typed by the English object, so a key missing here does not compile.
 */
export const rulesStartupRu: RulesStartupMessages = {
	'auth-token': {
		piece: (key: string) => `${key}: каждый параметр после типа токена записывается как имя=значение, с одним '=' и без пустых частей; с таким значением etcd не запускается.`,
		twice: (key: string, name: string) => `${key} задаёт '${name}' дважды; с таким значением etcd не запускается.`,
		type: (key: string, type: string) => `${key}: типа токена '${type}' etcd не знает (simple или jwt, строчными буквами); с таким значением он не запускается.`,
		ttl: (key: string, ttl: string) => `${key}: ttl=${ttl} — не длительность Go (пишите, например, ttl=10m); с таким значением etcd не запускается.`,
		method: (key: string, version: string, method: string, supported: string) => method === ''
			? `${key}: для jwt нужен sign-method= с алгоритмом, которым подписывает etcd ${version} (${supported}); без него etcd не запускается.`
			: `${key}: etcd ${version} не умеет подписывать токены алгоритмом '${method}' (он принимает ${supported}, именно в таком написании) и не запускается.`,
		key: (key: string, method: string, privateOnly: boolean) => `${key}: для ${method} нужен ${privateOnly ? 'priv-key= — общий секрет' : 'priv-key= (или pub-key= для узла, который только проверяет токены)'}; без него etcd не запускается.`,
		emptyType: (key: string) => `${key} не называет тип токена: etcd запустится, но после включения аутентификации не сможет выдавать токены, и ни один пользователь не войдёт. Напишите simple или jwt,….`,
		simpleOptions: (key: string) => `${key}: у простых токенов нет параметров, и etcd молча их пропускает; время жизни простых токенов задаёт auth-token-ttl.`,
		unknownOption: (key: string, name: string) => `${key}: '${name}' — не параметр jwt (pub-key, priv-key, sign-method, ttl); etcd лишь предупредит и пропустит его.`,
	},
	'log-outputs': {
		defaultCombined: 'default нельзя сочетать с другим выводом журнала (у zap он и так означает stderr); с таким списком etcd не запускается.',
		journalCombined: 'systemd/journal должен быть единственным выводом журнала; с другим выводом рядом etcd не запускается.',
		sink: (entry: string, reason: string) => `Вывод журнала '${entry}' ${reason}, поэтому журнал zap не может его открыть и etcd не запускается; укажите обычный путь к файлу.`,
		sinkReasons: {
			scheme: 'начинается со схемы URL, отличной от file:',
			query: 'содержит \'?\', с которого начинается запрос',
			fragment: 'содержит \'#\', с которого начинается фрагмент',
			user: 'называет пользователя',
			port: 'называет порт',
			host: 'называет хост, отличный от localhost',
			escape: 'содержит \'%\', который не является экранированием URL',
			empty: 'пуст',
		},
		capnslogCount: (count: number) => `Журнал capnslog, который etcd 3.4 использует по умолчанию, пишет ровно в один вывод, а в этом списке их ${count}: etcd не запускается. Выберите журнал zap или оставьте одно из default, stderr, stdout.`,
		capnslogValue: (entry: string) => `Журнал capnslog, который etcd 3.4 использует по умолчанию, пишет только в default, stderr или stdout, но не в '${entry}': etcd не запускается. Чтобы писать в файл или в журнал systemd, выберите журнал zap.`,
		bothSet: (empty: boolean) => empty
			? 'И log-output, и log-outputs пусты: etcd 3.4 не запускается; задайте log-outputs.'
			: 'В log-output и log-outputs списки одинаковой длины (или одно и то же значение): etcd 3.4 не запускается; оставьте только log-outputs.',
		oldIgnored: (key: string) => `${key} с одним значением в etcd 3.4 ничего не меняет (log-outputs сохраняет своё значение), кроме предупреждения об устаревании: задайте log-outputs.`,
	},
	'log-rotation': {
		oneFile: (key: string, files: number) => files === 0
			? `Ротации журнала нужен файл среди выводов, а ${key} не называет ни одного: etcd не запускается.`
			: `Ротация журнала работает с одним файлом, а ${key} называет ${files} (журнал systemd тоже считается файлом): etcd не запускается.`,
		emptyEntry: (key: string) => `В ${key} есть пустой элемент: ротация журнала принимает его за файл, и на нём etcd аварийно завершается; уберите его.`,
		config: (key: string, syntax: boolean) => `${key} ${syntax ? 'не является корректным JSON' : 'задаёт поле неверного типа (maxsize, maxage и maxbackups — целые числа, localtime и compress — логические значения)'}: при включённой ротации etcd не запускается.`,
	},
};
