import { yamlParserMessageRu } from './yamlParserMessages.ru';
import type { RulesUrlsYamlMessages } from './rulesUrlsYaml.en';

/**
 * Messages and fix titles of the URL, TLS, membership-URL and YAML rules, in Russian; spread into
 * `ruleMessagesRu`. Typed by the English object, so a key missing here does not compile.
 */
export const rulesUrlsYamlRu: RulesUrlsYamlMessages = {
	'url-diagnosis': {
		quotes: (url: string) => `${url} содержит кавычки, которые etcd считает частью URL; уберите их.`,
		noScheme: (url: string) => `У ${url} нет схемы: etcd нужен префикс http://, https://, unix:// или unixs://.`,
		notUrl: (url: string) => `${url} — не URL вида схема://хост:порт.`,
		blankHost: (url: string) => `В имени хоста ${url} есть пробел, а etcd такой адрес не принимает.`,
		hostCharacter: (url: string, character: string) => `В имени хоста ${url} есть символ ${character}, который парсер URL в Go не принимает, поэтому etcd отвергает этот URL.`,
		badEscape: (url: string, escape: string) => `В ${url} есть ${escape}: парсер URL в Go считает это испорченной %-последовательностью, поэтому etcd отвергает этот URL.`,
		notExpanded: (text: string) => `${text} здесь никто не подставляет: etcd получает этот текст как есть.`,
		scheme: (url: string, scheme: string) => `${url} использует схему ${scheme}, а etcd принимает только http, https, unix и unixs.`,
		unixForm: (url: string) => `${url} не имеет вида unix://хост:порт, которого требует etcd 3.4 (файл сокета называется по хосту и порту); пути к сокету вроде unix:///run/etcd.sock работают начиная с 3.5.`,
		trailingSlash: (url: string) => `${url} заканчивается на /, и etcd считает это путём: пишите только схема://хост:порт.`,
		path: (url: string, path: string) => `В ${url} есть путь (${path}), а etcd принимает только схема://хост:порт.`,
		ipv6: (url: string) => `В ${url} адрес IPv6 записан без квадратных скобок: пишите [адрес]:порт, например http://[fe80::1]:2380.`,
		noPort: (url: string) => `В ${url} нет порта: etcd нужен хост:порт.`,
		badPort: (url: string, port: string) => `В ${url} порт ${port} — это не число.`,
		change: (url: string) => `Заменить на ${url}`,
		emptyEntry: (key: string) => `В ${key} есть пустой элемент (лишняя запятая), и etcd отвергает весь список.`,
		removeComma: 'Убрать лишнюю запятую',
	},
	'invalid-url': {
		corsBlanks: (key: string) => `${key} разрешает любые источники, только если значение — ровно *, без пробелов.`,
		corsWithoutBlanks: 'Записать * без пробелов',
		corsMixed: (key: string) => `${key} смешивает * с URL, и etcd это отвергает: укажите одну * для любых источников или перечислите источники.`,
		allowEvery: 'Разрешить любые источники (*)',
		keepListed: 'Оставить только перечисленные источники',
		noUrl: (key: string, entry: string) => `${key}: у элемента ${entry} нет URL; каждый элемент имеет вид имя=схема://хост:порт.`,
	},
	'listen-host-name': {
		noHost: (url: string) => `У ${url} нет хоста, а etcd нужен IP-адрес, на котором слушать (0.0.0.0 — все адреса).`,
		zone: (url: string) => `${url} содержит зону IPv6, а etcd слушает только на обычном IP-адресе; уберите зону или укажите [::].`,
		name: (host: string) => `etcd слушает только на IP-адресе или на localhost, а ${host} — ни то ни другое; укажите адрес (или 0.0.0.0 для всех адресов), а имена хостов оставьте для объявляемых URL.`,
		lowerCase: 'Написать localhost строчными буквами',
		every: (wildcard: string) => `Слушать на всех адресах (${wildcard})`,
		own: (ip: string) => `Слушать на адресе этого узла ${ip}`,
		dropZone: (host: string) => `Убрать зону: ${host}`,
	},
	useListened: (url: string) => `Указать ${url} — адрес, на котором слушает этот узел`,
	'advertise-empty-host': {
		message: (key: string, url: string, peer: boolean) => `${key}: у ${url} нет хоста, и etcd отказывается его объявлять; укажите адрес, к которому должны подключаться ${peer ? 'другие узлы' : 'клиенты'}.`,
	},
	'advertise-unreachable': {
		advertised: (key: string, url: string, peer: boolean) => `${key}: ${url} отправляет ${peer ? 'другие узлы' : 'клиентов'} на адрес-шаблон «все адреса», понятный только слушающему сокету; объявите адрес, до которого они могут достучаться.`,
		listed: (key: string, name: string, url: string) => `${key}: узел ${name} указан с адресом ${url}, к которому не подключится ни один узел кластера; укажите настоящий адрес узла.`,
	},
	'loopback-advertise': {
		listed: (key: string, name: string, url: string) => `${key}: узел ${name} указан с петлевым адресом ${url}, а остальные узлы кластера находятся на других хостах; каждый узел попадёт по нему сам на себя, поэтому укажите настоящий адрес ${name}.`,
		advertised: (key: string, url: string, peer: boolean) => `${key}: ${url} — петлевой адрес, а остальные узлы кластера находятся на других хостах; ${peer ? 'узлы' : 'клиенты'} там попадут на собственную машину, поэтому объявите настоящий адрес этого узла.`,
	},
	'duplicate-url': {
		message: (key: string, url: string) => `${key} перечисляет ${url} дважды; etcd оставит один, так что повтор можно убрать.`,
		yamlKept: (key: string, url: string) => `${key} перечисляет ${url} дважды; YAML-файл сохраняет обе копии, и пользы от этого нет: уберите повтор.`,
		fatal: (key: string, url: string, version: string, yaml: boolean) => `${key} перечисляет ${url} дважды, а etcd ${version} сохраняет обе копии ${yaml ? 'из файла конфигурации' : 'из переменной или флага'} (дважды занимает адрес или список перестаёт совпадать со списком кластера) и не запускается: уберите повтор.`,
		related: 'впервые указан здесь',
		fix: 'Убрать повторный URL',
	},
	'listen-client-http-conflict': {
		byDefault: (name: string) => `${name} (со значением по умолчанию)`,
		message: (key: string, url: string, address: string, binder: string, since: string | undefined) => `${key}: ${url} использует адрес ${address}, который уже занимает ${binder}, и etcd${since ? ` ${since} и новее` : ''} не запустится; дайте слушателю только для HTTP собственный адрес.`,
		related: 'занят здесь',
	},
	'tls-missing': {
		outgoingPair: (key: string, missing: string) => `${key} задан без ${missing}: etcd загружает эту пару вместе с собственным сертификатом стороны и без обоих не запускается.`,
		outgoingIdle: (key: string, missing: string) => `${key} задан без ${missing}: пока все клиентские URL — обычный http, это не важно, но с первым https etcd не запустится.`,
		peerPair: (key: string, missing: string) => `${key} задан без ${missing}: etcd загружает пиринговую пару даже для пиринговых URL с http (чтобы подключаться к другим узлам) и без обоих файлов не запустится.`,
		clientPair: (key: string, missing: string) => `${key} задан без ${missing}: для https etcd нужны оба файла, без них он не запустится.`,
		clientPairIdle: (key: string, missing: string) => `${key} задан без ${missing}: пока все клиентские URL на простом http, это игнорируется, но как только один станет https, etcd не запустится.`,
		noPair: (key: string, url: string, cert: string, keyFile: string, auto: string) => `${key}: ${url} обслуживает TLS, для чего нужны ${cert} и ${keyFile} (или ${auto}=true); без них etcd не запустится.`,
	},
	'tls-unused': {
		client: (key: string) => `${key} ни на что не влияет: все клиентские URL этого узла на простом http, и TLS там etcd не обслуживает; переведите клиентские URL на https или уберите настройку.`,
		peer: (key: string) => `${key} ни для чего не нужен: этот узел и все перечисленные им узлы кластера используют простой http, и ни одно соединение между узлами не идёт через TLS; переведите пиринговые URL на https или уберите настройку.`,
		scheme: (key: string, url: string, scheme: string, peer: boolean, listenedTls: boolean) => `${key}: ${url} объявляет ${scheme}, но все ${peer ? 'пиринговые' : 'клиентские'} URL, на которых слушает этот узел, — ${listenedTls ? 'https' : 'простой http'}; ${peer ? 'узлы' : 'клиенты'}, которые по нему пойдут, не смогут подключиться.`,
	},
	'cert-auth-without-ca': {
		message: (key: string, ca: string, peer: boolean) => `${key} включён, а ${ca} не задан, поэтому сертификаты ${peer ? 'других узлов' : 'клиентов'} проверяются по корневым сертификатам системы, и выпущенные вашим собственным УЦ отвергаются; задайте ${ca}.`,
	},
	'ca-implies-cert-auth': {
		message: (key: string, certAuth: string, peer: boolean) => `Одного ${key} достаточно, чтобы etcd требовал от ${peer ? 'каждого узла' : 'каждого клиента'} сертификат, подписанный этим УЦ, хотя ${certAuth} не равен true; скажите это явно через ${certAuth}=true или уберите файл УЦ, если сертификаты требовать не нужно.`,
		fix: (certAuth: string) => `Задать ${certAuth}=true — etcd и так ведёт себя именно так`,
	},
	'allowed-cn-and-hostname': {
		refused: (hostname: string, cn: string) => `${hostname} и ${cn} нельзя задавать вместе, и etcd не запустится: проверяйте узлы либо по CN сертификата, либо по имени хоста, но не по обоим.`,
		idle: (hostname: string, cn: string, files: string) => `${hostname} и ${cn} нельзя задавать вместе: пока ${files} не заданы, это игнорируется, но как только они появятся, etcd не запустится; оставьте одно.`,
		related: (cn: string) => `${cn} задан здесь`,
	},
	'advertise-not-served': {
		message: (url: string, peer: boolean, listened: string, byDefault: boolean, ip: boolean) => `${url} сообщается ${peer ? 'другим узлам' : 'клиентам'}, но этот узел слушает только на ${listened}${byDefault ? ' (значение по умолчанию)' : ''}: по этому ${ip ? 'адресу' : 'порту'} здесь никто не отвечает.`,
		related: 'URL, на которых слушает узел',
	},
	'missing-advertise-client': {
		message: (key: string, advertiseKey: string) => `${key} задан, а ${advertiseKey} — нет: etcd не запустится, потому что не знает, какой адрес сообщать клиентам.`,
		add: (line: string) => `Добавить ${line}`,
		misspelt: (key: string, advertiseKey: string, listenKey: string) => `${key} — это не ${advertiseKey}: etcd его не читает, а раз ${listenKey} задан, а ${advertiseKey} нет, etcd не запустится, потому что не знает, какой адрес сообщать клиентам.`,
		rename: (key: string) => `Переименовать в ${key}`,
	},
	'yaml-duplicate-key': {
		message: (key: string, line: number) => `${key} задан ещё раз в строке ${line}, и etcd берёт то, более позднее значение: этот ключ ни на что не влияет.`,
		related: (key: string) => `${key}, который читает etcd.`,
		fix: 'Удалить этот ключ',
	},
	'yaml-duration': {
		message: (key: string, written: string, nanoseconds: string | undefined) => `${key} читается из YAML как целое число наносекунд, поэтому etcd отвергает ${written}: `
			+ (nanoseconds !== undefined ? `напишите ${nanoseconds}.` : 'напишите, например, 5000000000 для 5 секунд.'),
		fix: (nanoseconds: string) => `Записать ${nanoseconds} (наносекунды)`,
	},
	'yaml-flag-spelling': {
		catchupConflict: (key: string, other: string) => `etcd 3.6 считает ${key} (написание флага) заданной старой настройкой, хотя значения из неё не читает, и не принимает её рядом с ${other}: уберите ${key}.`,
		catchupReset: (key: string) => `etcd 3.6 считает ${key} (написание флага) заданной старой настройкой, не читая её значения: он предупреждает об устаревании и возвращает snapshot-catchup-entries к 5000. Пишите вместо неё snapshot-catchup-entries.`,
		noKey: (version: string, name: string, env: string) => `В etcd ${version} нет ключа YAML для ${name}: его можно задать только флагом --${name} или переменной ${env}, а когда etcd читает файл конфигурации, он игнорирует и то и другое. Этот ключ молча пропускается.`,
		spelled: (path: string, key: string) => `В YAML-файле etcd этот параметр пишется как ${path}; ${key} etcd молча пропускает, и настройка не применяется.`,
		fix: (path: string) => `Записать как ${path}`,
	},
	'yaml-key-case': {
		message: (canonical: string, key: string) => `etcd пишет этот ключ как ${canonical}; ${key} он читает как тот же ключ, но привычное написание проще найти и сравнить.`,
		fix: (leaf: string) => `Переименовать в ${leaf}`,
	},
	'yaml-list-shape': {
		section: (key: string) => `${key} — это раздел: etcd ожидает в нём вложенные ключи с отступом и отвергает всё остальное.`,
		mapping: (key: string) => `${key} принимает одно значение, а не словарь, поэтому etcd отвергает файл.`,
		toList: (list: string) => `Записать списком: ${list}`,
		wantsList: (key: string, list: string) => `${key} принимает список строк YAML, поэтому etcd отвергает одиночное значение: напишите ${list}.`,
		itemString: (key: string) => `Каждый элемент ${key} должен быть строкой; возьмите этот в кавычки (иначе etcd отвергнет файл).`,
		quote: 'Взять в кавычки',
		toString: (text: string) => `Записать одной строкой: ${text}`,
		notList: (key: string, kind: string) => `${key} принимает ${kind === 'string' ? 'одну строку (списки, например URL, пишутся через запятую)' : kind === 'bool' ? 'одно логическое значение' : 'одно целое число'}, а не список YAML, поэтому etcd отвергает файл.`,
	},
	'yaml-quoted-number': {
		quoted: (key: string, bool: boolean, written: string, plain: string) => `${key} требует ${bool ? 'логического значения YAML (true или false)' : 'целого числа YAML'}, а ${written} — строка, поэтому etcd отвергает файл: напишите ${plain} без кавычек.`,
		other: (key: string, bool: boolean, written: string, type: string) => `${key} требует ${bool ? 'логического значения YAML (true или false)' : 'целого числа YAML'}, а YAML читает ${written} как ${({ string: 'строку', bool: 'логическое значение', integer: 'целое число', float: 'дробное число' } as Record<string, string>)[type] ?? type}, поэтому etcd отвергает файл.`,
		fix: (plain: string) => `Записать ${plain} без кавычек`,
	},
	'yaml-compaction-mode': {
		refused: (retention: string) => `В YAML-файле у etcd 3.4 нет значения auto-compaction-mode по умолчанию, и при auto-compaction-retention ${retention} etcd не запускается (неподдерживаемый режим уплотнения): добавьте auto-compaction-mode: periodic — значение по умолчанию в командной строке.`,
		off: (retention: string) => `В YAML-файле у etcd 3.4 нет значения auto-compaction-mode по умолчанию, поэтому auto-compaction-retention ${retention} читается как 0 и автоматическое уплотнение молча выключено: добавьте auto-compaction-mode: periodic (значение по умолчанию в командной строке), чтобы хранить историю ${retention} ч.`,
		add: (line: string) => `Добавить ${line}`,
	},
	'yaml-syntax': {
		message: (detail: string) => `etcd не может прочитать этот файл: ${detail}`,
		parser: yamlParserMessageRu,
		notMapping: 'верхний уровень конфигурационного файла etcd должен быть отображением ключей на значения',
		tooDeep: 'его коллекции вложены слишком глубоко, чтобы их прочитать',
		laterDocuments: 'etcd читает только первый документ YAML в этом файле и пропускает всё, начиная с этой строки ---: удалите её или перенесите настройки выше.',
	},
	'yaml-unknown-key': {
		message: (version: string, key: string, suggestions: string | undefined) => `В etcd ${version} нет ключа YAML ${key}, и etcd молча его пропускает: ${suggestions !== undefined ? `возможно, имелся в виду ${suggestions}?` : 'сверьте написание с документацией или удалите ключ.'}`,
		notRead: (version: string, key: string, versions: string) => `В etcd ${version} нет ключа YAML ${key} (из файла конфигурации его читают только etcd ${versions}), и etcd молча его пропускает: удалите ключ или задайте параметр флагом или переменной.`,
		or: ' или ',
		fix: (suggestion: string) => `Переименовать в ${suggestion}`,
	},
	'yaml-unquoted-string': {
		message: (written: string, bool: boolean, text: string, key: string) => `YAML читает ${written} как ${bool ? `логическое значение ${text}` : `число ${text}`}, а ${key} принимает строку, поэтому etcd отвергает файл: возьмите значение в кавычки.`,
		fix: (written: string) => `Взять в кавычки: "${written}"`,
	},
};
