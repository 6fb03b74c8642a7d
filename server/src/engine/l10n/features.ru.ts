import type { FeatureMessages } from './features.en';
import { viewMessagesRu } from './views.ru';
import { pluralRu } from './locale';

/** Code action titles, completion details and labels in Russian. */
export const featureMessagesRu: FeatureMessages = {
	...viewMessagesRu,
	ignoreOnLine: (ruleId: string) => `Не проверять ${ruleId} в этой строке`,
	switchState: (key: string, target: string) => `Переключить ${key} на ${target}`,
	fixAll: 'Исправить все проблемы etcd, у которых есть безопасное исправление',
	newTokenEverywhere: 'Сгенерировать новый токен кластера и задать его на всех узлах',
	editedFiles: (count: number, files: string) => `Эта правка изменила ${count} ${pluralRu(count, 'файл', 'файла', 'файлов')}: ${files}.`,
	everyMemberExisting: 'Переключить все узлы на existing (после первого запуска)',
	addToEveryList: (names: string, key: string) => `Добавить ${names} в ${key} всех узлов`,
	clusterValue: 'все узлы этого кластера, по их файлам',
	memberWithoutFile: 'узел этого кластера без собственного файла',
	freshToken: 'новый случайный токен',
	generateToken: 'Сгенерировать случайный токен',
	etcdDefault: 'значение etcd по умолчанию',
	sameAsDefault: 'то, что означает значение по умолчанию',
	memberFile: 'файл узла etcd',
	memberFileDetail: 'Девять настроек узла кластера',
	memberNameInvalid: 'Имя узла кластера не может содержать пробелы, запятые и «=».',
	tooLarge: (megabytes: number) => `Файл больше ${megabytes} МБ: etcd-config его не анализирует (конфигурация etcd занимает несколько килобайт).`,
	tooManyStatements: (count: number) => `В файле больше ${count.toLocaleString('ru')} присваиваний и флагов: etcd-config его не анализирует (в конфигурации etcd их несколько десятков).`,
};
