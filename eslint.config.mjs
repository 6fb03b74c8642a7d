// typescript-eslint's recommended set over the TypeScript sources (STYLE.md §6); `npm run lint`, part of `npm test`.
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', 'out/', 'node_modules/', '.vscode-test/', 'test/fixtures/'] },
	{ files: ['**/*.ts'], extends: [tseslint.configs.recommended] },
);
