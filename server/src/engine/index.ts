/*
 * The engine's front door: the only module the language server, the CLI and the extension client import. Every
 * feature takes the document, where the user is (a position or a range, where the feature has one) and the
 * document's context, made once per document by `documentContext`.
 */

export { parseDocument, type ParseHints } from './parse/parseDocument';
export { containerGlobs, envConfigGlobs, unitGlobs, isEtcdFilePath, isYamlPath, mayHoldEtcdConfig, yamlConfigGlobs } from './parse/fileNames';
export { isCheckedKind, recogniseFile, type FileKind } from './parse/recognise';
export { composeEnvFiles } from './parsers/composeFile';
export type { ConfigDocument, Setting } from './model/configDocument';
export { fileUriOf } from './model/configDocument';
export { maskSecrets, secretsOf } from './model/secrets';
export { documentInput } from './dialects';

export { documentContext, type EngineContext, type EngineSettings, type RuleSetting } from './validate/context';
export { findProblems, findProblemsStepwise, toDiagnostic, validate } from './validate/validate';
export { ruleRegistry, rules } from './rules';
export { yamlRules } from './rules/yamlRules';
export type { Rule } from './rules/rule';

export { fixAllKind } from './features/codeActions';
export { codeActions, codeLenses, complete, definition, hover, inlayHints, prepareRename, references, rename } from './features/inContainer';
export { showClusterFilesCommand } from './features/codeLens';
export { editSummaryCommand } from './features/editSummary';
export { convert, type Conversion } from './features/convert';
export { fixText } from './features/fixAll';
export { foldingRanges } from './features/folding';
export { format } from './features/format';
export { documentLinks, type PathCandidate } from './features/links';
export { checkRequest, memberFileAmong, newClusterFiles, proposedClusterFolder, type NewClusterRequest, type NewFile } from './features/newCluster';
export { documentSymbols, workspaceSymbols } from './features/symbols';

export { cachedKeys, groupByKeys, sameKeys, type ClusterKeys, type Keyed } from './cluster/groups';
export { advertisedKeys, distinctMembers, indexClusters, siblingsOf, type ClusterIndex, type Placement } from './cluster/index';
export { clusterSignature } from './cluster/signature';
export { loadLinksOf, loadsFiles, loadTargets, type LoadLink, type LoadTargets } from './cluster/loading';

export { defaultEtcdVersion, etcdVersions, type EtcdVersion } from './etcd/options';
export { newestPatch, parseTarget, targetOf, type EtcdVersionSpec, type Target } from './etcd/versions';
export { locales, resolveLocale, type LanguageSetting, type Locale } from './l10n/locale';
export { messagesFor } from './l10n/messages';
export { preloadDocs } from './l10n/optionDocs';
export { cliMessagesEn, type CliMessages } from './l10n/cli.en';
export { featureMessagesEn, type FeatureMessages } from './l10n/features.en';
export { globToRegExp, matchesAny } from './text/glob';
export { offsetAt } from './text/lineIndex';

export type { PatroniDocument } from './model/patroniDocument';
export { parsePatroni } from './parse/parsePatroni';
export { patroniFormat } from './parse/recognise';
export { isPatroniPath, patroniGlobs } from './parse/fileNames';
export { patroniSecretsOf } from './model/patroniSecrets';
export { patroniClusterOf, type EtcdGroup } from './cluster/patroniCluster';
export { patroniContext, validatePatroni, type PatroniContext } from './validate/validatePatroni';
export { patroniCodeActions, patroniCodeLenses, patroniCompletion, patroniHover } from './features/patroni';
export { patroniRules } from './rules/patroniRules';
