import { pluralRu } from './locale';
import type { ViewMessages } from './views.en';

/** Labels of inlay hints, outline groups and the cluster code lens, in Russian; spread into `featureMessagesRu`. */
export const viewMessagesRu: ViewMessages = {
	inlay: {
		defaultValue: (value: string) => `по умолчанию: ${value}`,
		empty: '(пусто)',
		bytes: 'байт',
		ms: 'мс',
		s: 'с',
		durationUnits: ['ч', 'мин', 'с', 'мс', 'мкс', 'нс'],
		off: '0 (выключено)',
	},
	outline: {
		member: 'Узел',
		clustering: 'Кластер',
		security: 'Безопасность',
		auth: 'Аутентификация',
		logging: 'Журналирование',
		'profiling/metrics': 'Профилирование и метрики',
		experimental: 'Экспериментальные',
		unsafe: 'Небезопасные',
		v2: 'v2',
		proxy: 'Прокси',
		other: 'Прочие переменные',
		memberContainer: 'узел кластера etcd',
	},
	lens: {
		members: (count: number) => `${count} ${pluralRu(count, 'узел', 'узла', 'узлов')}`,
		quorum: (quorum: number) => `кворум ${quorum}`,
		tolerates: (tolerated: number) => tolerated === 0 ? 'отказ любого узла недопустим' : `переживёт отказ ${tolerated} ${pluralRu(tolerated, 'узла', 'узлов', 'узлов')}`,
		withFile: (withFile: number, count: number) => `файлы есть у ${withFile} из ${count}`,
		files: (names: string) => `файлы: ${names}`,
		agree: 'файлы согласованы',
		disagree: 'файлы расходятся',
		patroni: (names: string) => `узлы Patroni: ${names}`,
		loadedBy: (names: string) => `загружается из ${names}`,
	},
};
