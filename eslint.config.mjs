// ESLint 9 flat config: typescript-eslint's strict and stylistic type-checked rules over the
// TypeScript sources, each file checked against its own tsconfig (the root one, or client/'s).
// Rules turned off or tuned below say why on their line.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/fixtures/**', 'scripts/corpus/**', 'data/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Messages interpolate counts and flags everywhere; objects, nullish values and the like stay refused.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `!` states invariants the checker cannot see (the row this transaction just wrote, an index
      // within bounds under noUncheckedIndexedAccess); a runtime check there would be unreachable code.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `return sendJson(res, …)` ends a (possibly async) handler early, and `() => resolve()` is the usual callback shorthand.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // The server's tsconfig has no noUncheckedIndexedAccess, so every guarded index read (`cells[i] ?? ''`) and every
      // runtime check of values JavaScript callers or the environment pass is reported; client/ (which has it) keeps the rule.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // Empty strings fall back on purpose (`id || null`, `joined || fallback`).
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // A `let` read by a callback that may run before its one assignment cannot be a const (temporal dead zone).
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Methods implementing Promise-returning interfaces (Bus, Consumer) stay `async` so that their throws become rejections.
      '@typescript-eslint/require-await': 'off',
      // Unused parameters keep a callback's signature readable; a leading underscore marks them.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['client/**/*.ts', 'client/**/*.tsx'],
    rules: { '@typescript-eslint/no-unnecessary-condition': 'error' },
  },
  {
    files: ['gateway/graphql/**/*.ts', 'schema/graphql/**/*.ts'],
    rules: {
      // type-graphql resolves plain objects for @ObjectType classes; building instances would only add copies.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // type-graphql needs TypeScript enums, the domain uses the same strings as unions: the mappers convert with `as`.
      '@typescript-eslint/no-unsafe-enum-assignment': 'off',
      // type-graphql's decorated classes are instantiated by the framework.
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    files: ['bus/nats-*.ts'],
    rules: {
      // nats.js types NatsError.code as a string and ErrorCode as an enum of those same strings.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests read untyped JSON answers (fetch, graphql-ws) and assert on them: a wrong shape fails the assertion.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // chai's property assertions (`expect(x).to.exist`) are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      // No-op callbacks (`warn: () => {}`) silence what a test does not look at.
      '@typescript-eslint/no-empty-function': ['error', { allow: ['arrowFunctions'] }],
    },
  },
  {
    files: ['**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
);
