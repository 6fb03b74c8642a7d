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
	'cipher-suites': {
		unknown: (key: string, entry: string, version: string, blanks: boolean, meant: string | undefined) => `${key}: etcd ${version} не знает набора шифров '${entry}'${blanks ? ' (пробелы учитываются: элементы не обрезаются)' : meant ? ` (может быть, ${meant}?)` : ''} и не запускается, с https или без.`,
		http2: (key: string, suites: string) => `В ${key} нет ${suites}, а без них не работает HTTP/2: клиентский слушатель, отдающий HTTP поверх TLS, падает сразу после того, как etcd сообщает о готовности, и etcd завершается. Добавьте один из них.`,
		or: ' или ',
	},
	'tls-version': {
		minAboveMax: (max: string, min: string) => `${max} ниже, чем ${min} (TLS1.3): etcd не запускается; уберите максимум или понизьте минимум.`,
		tls13Suites: (key: string, min: string) => `${key} нельзя выбирать, когда ${min} равен TLS1.3 (наборы TLS 1.3 Go выбирает сам): etcd не запускается; уберите список или разрешите TLS1.2.`,
	},
	'lease-checkpoint': {
		persistAlone: (key: string, gates: boolean) => gates
			? `${key} включает LeaseCheckpointPersist при выключенном LeaseCheckpoint: etcd не запускается; включите и LeaseCheckpoint.`
			: `${key} сохраняет контрольные точки аренд, а для этого нужен experimental-enable-lease-checkpoint=true: без него etcd не запускается.`,
		withoutPersist: (key: string, gates: boolean) => `${key} включает контрольные точки аренд без их сохранения; etcd запустится с предупреждением${gates ? ': подумайте и о LeaseCheckpointPersist' : ''}.`,
		crash: (key: string) => `${key} без experimental-enable-lease-checkpoint-persist заставляет etcd 3.4 писать предупреждение в журнал, которого при capnslog (журнале по умолчанию) нет: процесс аварийно завершается при запуске. Задайте logger=zap или включите и сохранение.`,
	},
	'out-of-range': {
		maxLearners: (key: string) => `${key} отрицателен: при каждом запуске etcd 3.6+ видит слишком много учеников (0 больше предела) и не запускается; 0 запрещает учеников.`,
		hashCheck: (key: string, zero: boolean) => `${key} ${zero ? 'равен нулю' : 'отрицателен'}: etcd не принимает неположительный интервал, включена проверка хешей или нет.`,
		corruptCheck: (key: string) => `${key} отрицателен: etcd 3.6+ запускается и аварийно завершается, создавая таймер проверки; 0 отключает периодическую проверку.`,
		samplingRate: (key: string) => `${key} при включённой трассировке должен лежать между 0 и 1000000 (выборок на миллион): иначе etcd не запускается.`,
		quota: (key: string) => `${key} так велик, что запрашиваемое отображение базы (квота плюс десятая часть) превышает предел bbolt в 256 ТиБ: первый запуск аварийно завершается при открытии базы.`,
		selfSigned: (key: string | undefined, auto: string, yamlDefault: boolean) => key
			? `${key} равен 0, поэтому сертификат, который должен создать ${auto}, создать нельзя: etcd не запускается${yamlDefault ? ' (в файле конфигурации было бы 1)' : ''}.`
			: `etcd 3.5.0 не читает self-signed-cert-validity из файла конфигурации и делает сертификат ${auto} действительным 0 лет: он не запускается; задайте срок флагом или используйте 3.5.1+.`,
		wordSize: (key: string, arch: string) => `${key} не помещается в 32 бита, в которых его хранит сборка для ${arch} (ETCD_UNSUPPORTED_ARCH говорит, что сборка такая): etcd не запускается.`,
	},
	'discovery-v3': {
		alone: (key: string, other: string) => `${key} задан без ${other}: v3-обнаружению нужны оба, и с одним из них etcd не запускается.`,
		emptyEndpoint: (key: string) => `В ${key} есть пустой элемент (двойная или висящая запятая либо пробелы): etcd не запускается.`,
		mixed: (proxy: string, v3: string) => `${proxy} относится к v2-обнаружению, а ${v3} — к v3-обнаружению: etcd 3.6 не принимает их вместе.`,
	},
	'deprecation-stage': {
		enableV2: (key: string, stage: string) => `${key} включает API v2, которое стадия ${stage} уже не разрешает: etcd 3.5 не запускается, когда начинает обслуживать клиентов. Оставьте not-yet или выключите v2.`,
		unknown: (key: string, stage: string, enabled: boolean) => `${key}: '${stage}' не является одной из стадий (not-yet, write-only, write-only-skip-check, write-only-drop-data, gone); etcd 3.5 принимает её без проверки и аварийно завершается, когда сравнивает её${enabled ? ', уже при запуске, раз enable-v2 включён' : ' (при enable-v2 или когда найдутся данные v2)'}.`,
		forced: (key: string, version: string) => `etcd ${version} пропускает эту стадию и использует write-only: ${key} там устарел.`,
	},
	'yaml-empty-value': {
		unset: (key: string) => `У ${key} нет значения: etcd молча оставляет значение по умолчанию, и ключ лишь кажется заданным. Задайте значение или уберите ключ.`,
		section: (key: string, version: string) => `${key} пуст, а etcd ${version} читает его как отдельный раздел и не запускается, если в нём нет ключей: добавьте ключи или уберите его.`,
		crash: (key: string, version: string) => `${key} пуст, и etcd ${version} аварийно завершается, читая его при запуске: задайте значение или уберите ключ.`,
	},
	'yaml-flag-default': {
		gateway: 'С файлом конфигурации etcd 3.4 запускается без шлюза gRPC (HTTP/JSON API, через который работает поддержка etcd3 в Patroni): по умолчанию его включает только командная строка. Добавьте enable-grpc-gateway: true.',
		tracing: (keys: string) => `При включённой трассировке файл конфигурации оставляет в etcd 3.5 пустыми ${keys} (значения localhost:4317 и etcd по умолчанию есть только у командной строки): задайте их.`,
		and: ' и ',
	},
	'existing-alone': {
		message: (key: string, list: string | undefined) => `${key} равен existing, поэтому при первом запуске etcd спрашивает кластер у других узлов, но ${list ? `${list} не называет ни одного другого узла` : 'никакой список кластера не называет другого узла'}: спросить некого, и etcd не запускается. Чтобы основать кластер, укажите new, или перечислите работающие узлы.`,
	},
	'listen-address-clash': {
		same: (role: string, other: string, address: string) => `Этот слушатель (${role}) стоит на ${address}, где уже есть слушатель (${other}): второй не сможет занять адрес, и etcd не запустится.`,
		maybe: (role: string, other: string, port: string) => `Этот слушатель (${role}) и слушатель (${other}) делят порт ${port}, а их адреса могут пересекаться (шаблонный адрес или localhost): в Linux второй не сможет занять адрес, и etcd не запустится.`,
	},
};
