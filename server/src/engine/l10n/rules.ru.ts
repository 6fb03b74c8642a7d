import { pluralRu } from './locale';
import type { RuleMessages } from './rules.en';
import { ruleMessagesKeysValuesRu } from './rulesKeysValues.ru';
import { rulesMembersRu } from './rulesMembers.ru';
import { rulesStartupRu } from './rulesStartup.ru';
import { rulesUrlsYamlRu } from './rulesUrlsYaml.ru';

/** Diagnostic messages, related-location labels and fix titles of the rules, in Russian, keyed by rule id. */
export const ruleMessagesRu: RuleMessages = {
	...ruleMessagesKeysValuesRu,
	...rulesUrlsYamlRu,
	...rulesMembersRu,
	...rulesStartupRu,
	'advertise-peer-mismatch': {
		message: (name: string, told: string, byDefault: boolean, listed: string, list: string) => `${name} объявляет ${told}${byDefault ? ' (значение по умолчанию)' : ''}, но в ${list} узел ${name} указан с адресом ${listed}.`,
		dns: ' etcd примет это, только если DNS разрешает оба варианта в одни и те же адреса.',
		advertiseListed: (urls: string, list: string) => `Объявлять ${urls}, как в ${list}`,
		addAdvertise: (line: string) => `Добавить ${line}`,
		listAdvertised: (name: string, urls: string, list: string) => `Указать для ${name} адрес ${urls} в ${list}`,
		related: (name: string, list: string) => `${name} в ${list}`,
	},
	and: ' и ',
	theirList: (name: string | undefined) => name ? `список узла ${name}` : 'список другого узла',
	others: (count: number) => `ещё ${count}`,
	moreRelated: (count: number) => `и ещё ${count} ${pluralRu(count, 'место', 'места', 'мест')}`,
	'cluster-token': {
		defaultToken: (token: string) => `'${token}' — токен кластера по умолчанию: дайте этому кластеру собственный токен (одинаковый на всех узлах), чтобы его нельзя было спутать с другим кластером.`,
		noToken: (token: string, key: string) => `${key} не задан: etcd берёт токен по умолчанию '${token}'; дайте этому кластеру собственный токен, одинаковый на всех узлах.`,
		generate: 'Сгенерировать новый токен кластера',
	},
	'cluster-token-mismatch': {
		message: (own: string, files: string, count: number, theirs: string) => `Токен кластера этого узла — '${own}', а ${count === 1 ? 'у узла' : 'у узлов'} ${files} — '${theirs}': узлы с разными токенами вычисляют разные идентификаторы кластера и никогда не соберутся в один кластер.`,
		related: (name: string | undefined, token: string) => `${name ? `узел ${name}` : 'этот узел'} использует '${token}'`,
		useTheirs: (token: string, files: string) => `Использовать здесь '${token}', как у ${files}`,
		useOurs: (token: string) => `Использовать токен этого файла '${token}' на всех узлах`,
	},
	'state-new': {
		message: 'После первого запуска кластера переключите на existing: etcd читает это значение, только пока каталог данных пуст, а с new узел, потерявший данные, пытается основать кластер заново.',
		switch: 'Переключить на existing',
	},
	'name-not-in-cluster': {
		message: (key: string, name: string, listed: string, list: string) => `${key} равен '${name}', но ${list} перечисляет только ${listed}: etcd не запускает узел, которого нет в списке кластера.`,
		add: (name: string, list: string) => `Добавить ${name} в ${list}`,
		empty: (list: string, name: string) => `${list} пуст, поэтому etcd не находит в нём узла '${name}' и не запускается; перечислите узлы или уберите параметр.`,
		related: 'список кластера',
	},
	'mixed-state': {
		message: 'У этого узла existing, а у других узлов его кластера всё ещё new: так и должно быть у узла, добавленного в работающий кластер, а после первого запуска переключите на existing и остальные; но при первом запуске каждому узлу-основателю нужно new.',
	},
	'duplicate-member-name': {
		message: (name: string) => `Другой файл узла этого кластера тоже называет узел '${name}': у каждого узла должно быть своё имя.`,
		related: (name: string) => `тоже '${name}'`,
	},
	'duplicate-member-url': {
		message: (url: string, first: string, second: string) => `${url} указан и для '${first}', и для '${second}': каждому узлу кластера нужен свой пиринговый URL, а с таким списком etcd не запустит новый узел.`,
		related: (name: string) => `запись ${name}`,
	},
	'member-name-blanks': {
		message: (names: string, count: number, nameKey: string) => `etcd сохраняет пробелы в именах узлов кластера, так что этот список объявляет ${count === 1 ? 'узел' : 'узлы'} ${names} с пробелом перед именем, и ${count === 1 ? 'с ним' : 'с ними'} не совпадает ни один ${nameKey}: кластер не соберётся. Уберите пробелы после запятых.`,
		also: (name: string) => `${name}, тоже с пробелом перед именем`,
		fix: (list: string) => `Убрать пробелы из ${list}`,
	},
	'member-without-file': {
		message: (names: string, count: number) => `Здесь нет файла узла для ${names}: межфайловые проверки ${count === 1 ? 'его' : 'их'} не видят.`,
	},
	'even-member-count': {
		message: (count: number, quorum: number, tolerated: number) => `Из ${count} ${pluralRu(count, 'узла', 'узлов', 'узлов')} для кворума нужно ${quorum}, и кластер переживает отказ ${tolerated} ${pluralRu(tolerated, 'узла', 'узлов', 'узлов')} — столько же, сколько при ${count - 1}: нечётное число даёт ту же надёжность дешевле.`,
	},
	'peer-url-disagreement': {
		message: (name: string, told: string, files: string, count: number, expected: string) => `${name} объявляет ${told}, но ${count === 1 ? `узел ${files} указывает` : `узлы ${files} указывают`} для ${name} адрес ${expected}.`,
		taken: (owner: string) => ` Это собственный адрес узла ${owner}.`,
		ownerRelated: (owner: string | undefined) => `его объявляет ${owner ?? 'другой узел'}`,
		fix: (urls: string) => `Объявлять ${urls}, как указано у других узлов`,
	},
	'port-clash': {
		message: (files: string, count: number, port: string) => `${count === 1 ? `Узел ${files}` : `Узлы ${files}`} на том же хосте тоже ${count === 1 ? 'слушает' : 'слушают'} порт ${port}: ${count === 1 ? 'один из двух не запустится' : 'все, кроме одного, не запустятся'}. Дайте каждому узлу свои порты.`,
		related: 'адреса прослушивания другого узла',
	},
	'timing-mismatch': {
		message: (key: string, mine: string, theirs: string, count: number) => `${key} здесь ${mine} мс, а ${count === 1 ? 'на другом узле' : `ещё на ${count} ${pluralRu(count, 'узле', 'узлах', 'узлах')}`} — ${theirs} мс: задайте на всех узлах одно значение.`,
		or: ' или ',
		related: (value: string, byDefault: boolean) => `там ${value} мс${byDefault ? ' (по умолчанию)' : ''}`,
	},
	'existing-with-discovery': {
		message: (key: string, stateKey: string, list: string) => `${key} задан при ${stateKey} = existing: etcd не запустится; присоединяющийся узел берёт соседей из ${list}, так что удалите настройку обнаружения.`,
		related: 'состояние',
	},
	'multiple-bootstrap': {
		message: (keys: string) => `${keys} задают разные способы создания кластера, а с несколькими сразу etcd не запускается: оставьте только один.`,
		related: 'другой способ инициализации',
	},
	'cluster-list-mismatch': {
		lists: (entries: string) => `содержит ${entries}`,
		lacks: (entries: string) => `не содержит ${entries}`,
		blanks: (entries: string) => `содержит пробелы в ${entries}`,
		letterCase: (entries: string) => `пишет ${entries} в другом регистре`,
		message: (difference: string, files: string, list: string) => `Этот ${list} ${difference}, в отличие от списка ${files}: узлы-основатели должны перечислять одни и те же узлы с одними и теми же пиринговыми URL, иначе они не соберутся в один кластер.`,
		useTheirs: (files: string) => `Взять здесь список ${files}`,
		useOurs: (list: string) => `Использовать ${list} этого файла на всех узлах`,
	},
};
