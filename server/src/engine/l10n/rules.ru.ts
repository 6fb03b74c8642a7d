import type { RuleMessages } from './rules.en';

/** Diagnostic messages, related-location labels and fix titles of the rules, in Russian, keyed by rule id. */
export const ruleMessagesRu: RuleMessages = {
	'advertise-peer-mismatch': {
		message: (name: string, told: string, byDefault: boolean, listed: string) => `${name} объявляет ${told}${byDefault ? ' (значение по умолчанию)' : ''}, но в ETCD_INITIAL_CLUSTER узел ${name} указан с адресом ${listed}.`,
		dns: ' etcd примет это, только если DNS разрешает оба варианта в одни и те же адреса.',
		advertiseListed: (urls: string) => `Объявлять ${urls}, как в ETCD_INITIAL_CLUSTER`,
		addAdvertise: (line: string) => `Добавить ${line}`,
		listAdvertised: (name: string, urls: string) => `Указать для ${name} адрес ${urls} в ETCD_INITIAL_CLUSTER`,
		related: (name: string) => `${name} в ETCD_INITIAL_CLUSTER`,
	},
};
