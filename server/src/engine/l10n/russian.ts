import { docsRu } from './optionDocs.ru';
import { cliMessagesRu } from './cli.ru';
import { convertMessagesRu } from './convert.ru';
import { featureMessagesRu } from './features.ru';
import { hoverRu } from './hover.ru';
import { patroniRu } from './patroni.ru';
import type { Messages } from './messages';
import { ruleMessagesRu } from './rules.ru';

/**
 * Everything the product says in Russian: the message catalogues and the option docs. Loaded only when Russian is
 * first asked for (loadRussian.ts), and bundled as a file of its own (dist/russian.js), because it is half of the
 * server's code by size and every English session would otherwise read and compile it at start.
 */
export const messagesRu: Messages = { hover: hoverRu, rules: ruleMessagesRu, features: featureMessagesRu, convert: convertMessagesRu, patroni: patroniRu, cli: cliMessagesRu };

export { docsRu };
