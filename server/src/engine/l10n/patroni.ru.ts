import type { PatroniMessages } from './patroni.en';
import { pluralRu } from './locale';

/** Сообщения о секциях etcd в конфигурации Patroni, по-русски (ключи те же, что в patroni.en.ts). */
export const patroniRu: PatroniMessages = {
	and: ' и ',
	'patroni-no-endpoint': {
		message: (section: string) => `В ${section} не указан ни один адрес etcd: Patroni нужен host, hosts, url, proxy или srv, без них он не запустится (если только их не задаёт переменная PATRONI_*).`,
	},
	'patroni-peer-port': {
		message: (host: string, member: string) => `${host} — пиринговый URL узла ${member}, а не клиентский: на пиринговом порту нет клиентского API, и Patroni не сможет работать с etcd. Укажите клиентский порт (по умолчанию 2379).`,
		related: (member: string) => `пиринговые URL узла ${member}`,
	},
	'patroni-scheme-mismatch': {
		message: (host: string, patroni: string, member: string, advertised: string) => `Patroni обращается к ${host} по ${patroni}, а ${member} обслуживает ${advertised}: соединение не установится (TLS против простого HTTP или наоборот).`,
		protocolHint: (scheme: string) => ` Укажите protocol: ${scheme}.`,
		related: (member: string) => `клиентские URL, которые объявляет ${member}`,
		setProtocol: (scheme: string) => `Указать protocol: ${scheme}`,
	},
	'patroni-host-not-advertised': {
		message: (host: string, advertised: string) => `Ни один узел этого кластера etcd не объявляет ${host} клиентским URL (они объявляют ${advertised}): Patroni может не достучаться до etcd.`,
		peerPort: ' Порт 2380 по соглашению пиринговый, клиенты ходят на 2379.',
		write: (hosts: string) => `Перечислить клиентские URL узлов: ${hosts}`,
	},
	'patroni-v2-api': {
		removed: (members: string, version: string) => `Секция etcd: работает через API v2, которого в ${members} (etcd ${version}) больше нет: Patroni не сможет работать с этим кластером. Используйте секцию etcd3:.`,
		off: (members: string) => `Секция etcd: работает через API v2, который ${members} не обслуживают (enable-v2 выключен — так по умолчанию начиная с etcd 3.4): Patroni не сможет работать с этим кластером. Используйте секцию etcd3: или включите enable-v2 на всех узлах.`,
		someOff: (members: string) => `Секция etcd: работает через API v2, который ${members} не обслуживают (enable-v2 выключен): на этих узлах Patroni будет получать ошибки.`,
		deprecated: 'Секция etcd: работает через API v2: он устарел с etcd 3.4 и удалён в 3.6. Запланируйте переход на etcd3: (ключи, записанные через v2, через v3 не видны: переключайте все узлы Patroni разом, и он запишет своё состояние заново).',
		switch: 'Перейти на etcd3: (ключи v2 не переносятся: переключайте все узлы Patroni разом)',
	},
	'patroni-grpc-gateway': {
		all: (members: string) => `Клиент etcd3 в Patroni шлёт JSON по HTTP через gRPC-шлюз etcd, а ${members} его не поднимают (etcd 3.4, запущенный с YAML-файлом конфигурации, включает шлюз только при enable-grpc-gateway: true): Patroni не сможет работать с этим кластером.`,
		some: (members: string) => `Клиент etcd3 в Patroni шлёт JSON по HTTP через gRPC-шлюз etcd, а ${members} его не поднимают (etcd 3.4, запущенный с YAML-файлом конфигурации, включает шлюз только при enable-grpc-gateway: true): на этих узлах Patroni будет получать ошибки.`,
		related: (member: string) => `${member} работает без шлюза`,
		add: (member: string) => `Включить gRPC-шлюз в конфигурации ${member}`,
	},
	'patroni-client-cert': {
		all: (members: string) => `${members} требуют клиентский сертификат (client-cert-auth или trusted-ca-file), а в этой секции нет cert: etcd отвергнет TLS-соединения Patroni. Укажите cert и key (и cacert).`,
		some: (members: string) => `${members} требуют клиентский сертификат (client-cert-auth или trusted-ca-file), а в этой секции нет cert: эти узлы отвергнут Patroni.`,
		related: (member: string) => `${member} требует клиентские сертификаты`,
	},
	'patroni-no-cacert': {
		privateCa: (members: string) => `Клиентская сторона ${members} работает с частным УЦ (trusted-ca-file), а в этой секции нет cacert: Patroni проверит сертификаты etcd по системному хранилищу доверенных сертификатов и получит отказ, если этого УЦ там нет. Укажите в cacert сертификат этого УЦ.`,
		selfMade: (members: string) => `Клиентская сторона ${members} работает с сертификатами, которые etcd создаёт сам (auto-tls), а в этой секции нет cacert: Patroni проверит их по системному хранилищу доверенных сертификатов, где их нет, и получит отказ. Выдайте узлам сертификаты своего УЦ (cert-file, key-file) и укажите этот УЦ в cacert.`,
		relatedPrivateCa: (member: string) => `УЦ узла ${member}`,
		relatedSelfMade: (member: string) => `${member} сам создаёт себе сертификат`,
	},
	'patroni-hosts-differ': {
		message: (other: string, hosts: string) => `${other} перечисляет другие адреса etcd (${hosts}): узлы Patroni одного кластера обычно перечисляют одни и те же узлы etcd.`,
	},
	hover: {
		section: {
			etcd: 'Patroni работает с etcd через **API v2**. etcd 3.4 и 3.5 обслуживают его только при `enable-v2: true`, в 3.6 его удалили. Новые установки используют `etcd3:`. Ключи, записанные через v2, через v3 не видны, поэтому переключать нужно все узлы разом.',
			etcd3: 'Patroni работает с etcd через **API v3** — JSON по HTTP через gRPC-шлюз etcd (`/v3/...`). Шлюз включён по умолчанию, кроме etcd 3.4, запущенного с YAML-файлом конфигурации: там нужно `enable-grpc-gateway: true`.',
		},
		keys: {
			host: 'Один адрес etcd, `host:port` (без порта — 2379). Остальные узлы Patroni узнаёт от него.',
			hosts: 'Адреса etcd, каждый `host:port`: списком YAML или одной строкой через запятую. Указывайте **клиентские** URL узлов (`advertise-client-urls`, порт 2379), а не пиринговый порт 2380.',
			url: 'Один адрес etcd в виде URL, `http://host:2379`; его схема заменяет `protocol`, а user:password в нём используются для входа.',
			proxy: 'URL прокси etcd: Patroni говорит только с ним и не узнаёт узлы кластера.',
			srv: 'DNS-домен: Patroni ищет в нём SRV-записи etcd (`_etcd-client-ssl`, `_etcd-client`, … `_etcd-server`). Зависит от DNS, поэтому сверить его с файлами мы не можем.',
			srv_suffix: 'Суффикс имён SRV (`_etcd-client-<суффикс>`), чтобы различать несколько кластеров etcd в одном домене. Только вместе с `srv`.',
			protocol: '`http` (по умолчанию) или `https` — для `host`/`hosts`. Должен совпадать со схемой клиентских URL узлов.',
			use_proxies: 'Считать `hosts` прокси: Patroni не узнаёт стоящие за ними узлы кластера.',
			port: 'Порт для элементов `hosts` без порта (по умолчанию 2379).',
			cacert: 'Сертификат УЦ, которым подписаны серверные сертификаты etcd: по нему Patroni проверяет etcd. Без него Patroni (с urllib3 1.25 и новее) проверяет etcd по системному хранилищу доверенных сертификатов, где частного УЦ нет.',
			cert: 'Клиентский сертификат Patroni; нужен, когда etcd работает с `client-cert-auth`. В API v3 запросы идут через gRPC-шлюз, поэтому аутентификация etcd по CN не действует.',
			key: 'Закрытый ключ к `cert`; можно не указывать, если ключ лежит в том же файле, что и `cert`.',
			username: 'Пользователь etcd, под которым входит Patroni (аутентификация etcd).',
			password: 'Пароль пользователя etcd. Лучше задавать его переменной PATRONI_ETCD3_PASSWORD, а не в файле; мы его никогда не показываем.',
		},
		variable: (key: string, section: string) => `Задаёт \`${key}\` в секции \`${section}:\` Patroni; важнее значения из YAML-файла.`,
		cluster: (members: string) => `Кластер etcd: ${members}`,
		noCluster: 'Ни один кластер etcd в рабочей области не объявляет эти адреса.',
	},
	lens: {
		cluster: (members: string) => `Кластер etcd: ${members}`,
		nodes: (count: number, names: string) => `${count} ${pluralRu(count, 'узел', 'узла', 'узлов')} Patroni: ${names}`,
		noCluster: 'Ни один кластер etcd в рабочей области не объявляет эти адреса',
	},
	completion: {
		host: (member: string) => `клиентский URL, который объявляет ${member}`,
		all: 'клиентские URL всех узлов',
	},
};
