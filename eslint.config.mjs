// `npm run lint`, part of `npm test`: typescript-eslint's recommended set, and the house style of STYLE.md §6 (tabs,
// single quotes, semicolons), checked rather than left to each editor's formatter.
import stylistic from '@stylistic/eslint-plugin';
import tseslint from 'typescript-eslint';

const houseStyle = {
	'@stylistic/indent': ['error', 'tab', { SwitchCase: 1 }],
	'@stylistic/quotes': ['error', 'single', { avoidEscape: true, allowTemplateLiterals: 'always' }],
	'@stylistic/semi': ['error', 'always'],
	'@stylistic/no-trailing-spaces': 'error',
	'@stylistic/no-mixed-spaces-and-tabs': 'error',
	'@stylistic/eol-last': 'error',
};

export default tseslint.config(
	{ ignores: ['dist/', 'out/', 'node_modules/', '.vscode-test/', 'test/fixtures/'] },
	{ files: ['**/*.ts'], extends: [tseslint.configs.recommended], plugins: { '@stylistic': stylistic }, rules: houseStyle },
	// Written by scripts/generateOptions.mjs from flags.json (JSON's double quotes): regenerated, never edited.
	{ files: ['server/src/engine/etcd/optionTable.ts'], rules: { '@stylistic/quotes': 'off' } },
);
