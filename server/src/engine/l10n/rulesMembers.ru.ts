import type { RulesMembersMessages } from './rulesMembers.en';

/** Messages of the member identity and joining rules, in Russian; spread into `ruleMessagesRu`. */
export const rulesMembersRu: RulesMembersMessages = {
	'missing-name': {
		hostName: (nameKey: string, list: string, listed: string) => `Нет ${nameKey}: юнит Debian называет узел по имени хоста (ETCD_NAME=%H), а в ${list} есть только ${listed}: на хосте с другим именем etcd не запустится.`,
		byDefault: (nameKey: string, list: string, listed: string) => `Нет ${nameKey}: etcd называет узел 'default', а в ${list} такого нет (есть только ${listed}): etcd не запустится.`,
		identified: (name: string, nameKey: string) => ` Этот файл объявляет адрес узла ${name}: задайте ${nameKey} равным '${name}'.`,
		unidentified: (nameKey: string) => ` Задайте в ${nameKey} имя этого узла из списка.`,
		write: (line: string) => `Добавить ${line}`,
	},
	'join-list-mismatch': {
		wrongUrl: (name: string, listed: string, advertised: string, list: string) => `${list} указывает ${name} с адресом ${listed}, а файл самого ${name} объявляет ${advertised}: присоединяющийся узел должен перечислять работающие узлы по их настоящим адресам, иначе etcd его не запустит.`,
		missing: (name: string, list: string) => `В ${list} нет ${name}, работающего узла этого кластера: присоединяющийся узел должен перечислять все работающие узлы (и себя), иначе etcd его не запустит.`,
		related: (name: string) => `адреса, которые объявляет ${name}`,
		use: (urls: string) => `Указать ${urls}`,
	},
	'join-state-new': {
		message: (name: string, founders: string, stateKey: string) => `${name} не входит в число узлов-основателей (${founders} перечисляют кластер без него): узел, добавленный в работающий кластер, должен запускаться с ${stateKey}=existing; с new он создаёт собственный кластер, который остальные не примут.`,
		related: 'список узлов-основателей',
		existing: 'Переключить на existing',
		add: (line: string) => `Добавить ${line}`,
	},
};
