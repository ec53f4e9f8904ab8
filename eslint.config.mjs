// @ts-check
// Lints the TypeScript and the JavaScript (e2e suite, scripts, build) with typescript-eslint's
// recommended rules, and keeps the architecture's boundaries (docs/architecture.md):
// - the model (server/src/model) and the map (server/src/map) are pure: no editor, no LSP
//   library, no Node built-in, so they run anywhere (CLI, server, webview, tests);
// - the model's only way in is server/src/model/index.ts;
// - the client sees the server only through protocol.ts and the pure server/src/map and
//   server/src/shared modules, so the extension bundle never pulls in server internals.
// ESLint applies one set of options per rule and file (a later block replaces an earlier one's
// options), so every file gets exactly one `no-restricted-imports` block below.
import { builtinModules } from 'node:module';
import eslint from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Bare names of Node's built-ins (`fs`, `fs/promises`, …) as one alternation, `node:` aside. */
const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith('_') && !m.startsWith('node:')).map((m) => m.replace(/[/.]/g, '\\$&'));

/** @typedef {{ regex: string, message: string }} Restriction */

/** @type {Restriction[]} */
const PURE = [
  {
    regex: '^vscode($|/)',
    message: 'The model and the map are pure: no `vscode` here (it exists only in the extension host).',
  },
  {
    regex: '^vscode-languageserver',
    message: 'The model and the map are pure: no LSP library here; convert model types in server/src/features.',
  },
  {
    regex: `^(node:|(${NODE_BUILTINS.join('|')})$)`,
    message: 'The model and the map are pure: no Node built-in here; have the caller hand in what it needs (e.g. a FileReader).',
  },
];

const INDEX_ONLY = 'The model is entered only through its index: import from `…/model` (server/src/model/index.ts), and export from there what you need.';

/** A deep import into the model from inside server/src (`./model/x`, `../model/x`, `../../model/x`). */
const DEEP_MODEL_FROM_SERVER = { regex: '^(\\.\\.?/)+model/(?!index$)', message: INDEX_ONLY };
/** A deep import into the model from the repository's other folders (`../../server/src/model/x`). */
const DEEP_MODEL_FROM_REPO = { regex: '(^|/)server/src/model/(?!index$)', message: INDEX_ONLY };

/** Anything of the server but protocol.ts and the pure shared folders (a `..` could climb out of those). */
const SERVER_INTERNALS = {
  regex: '(^|/)server/src(/?$|/(?!protocol$|map$|shared$|(map|shared)/(?!.*\\.\\.)))',
  message: 'The client sees the server only through server/src/protocol.ts and the pure server/src/map and server/src/shared modules.',
};

/**
 * `no-restricted-imports` with these restrictions (regexes match the import's specifier).
 * @param {Restriction[]} patterns
 * @returns {import('eslint').Linter.RulesRecord}
 */
const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((p) => ({ regex: p.regex, message: p.message })) }],
});

/**
 * A pure module may not reach for `require()` or `import()` around the import rules either.
 * @type {import('eslint').Linter.RulesRecord}
 */
const NO_DYNAMIC_LOADING = {
  'no-restricted-syntax': [
    'error',
    { selector: 'ImportExpression', message: 'The model and the map are pure: no dynamic import().' },
    { selector: "CallExpression[callee.name='require']", message: 'The model and the map are pure: no require().' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', '.e2e-tools/', 'test/e2e/.work/', 'bench/results/', '*.vsix'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  // The boundaries.
  { files: ['server/src/model/**'], rules: { ...restrict(...PURE), ...NO_DYNAMIC_LOADING } },
  { files: ['server/src/map/**'], rules: { ...restrict(...PURE, DEEP_MODEL_FROM_SERVER), ...NO_DYNAMIC_LOADING } },
  { files: ['server/src/**'], ignores: ['server/src/model/**', 'server/src/map/**'], rules: restrict(DEEP_MODEL_FROM_SERVER) },
  { files: ['client/**'], rules: restrict(SERVER_INTERNALS) },
  { files: ['test/**', 'bench/**'], rules: restrict(DEEP_MODEL_FROM_REPO) },

  // The JavaScript: type-checked by tsconfig.js.json (`// @ts-check` + JSDoc); here, its globals.
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The e2e suite runs in VS Code's extension host under mocha, as CommonJS.
    files: ['test/e2e/suite/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node, ...globals.mocha } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
