// ESLint: the recommended JavaScript and TypeScript rules, plus the few this codebase
// relies on (no unused code, no `eval`). Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layers from './tools/eslint-layers.js';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/fixtures/**',
      'bench/.scratch*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Browser globals are declared by TypeScript's DOM lib; `tsc` checks them.
      'no-undef': 'off',
    },
  },
  {
    // Layers run one way (tools/eslint-layers.js); circles are found by tools/import-cycles.ts.
    files: ['**/*.{ts,tsx}'],
    plugins: { layers },
    rules: { 'layers/one-way': 'error' },
  },
  {
    // The product's code (bench and tests handle small, fixed arrays).
    files: [
      'lib/**/*.{ts,tsx}',
      'components/**/*.{ts,tsx}',
      'entrypoints/**/*.{ts,tsx}',
      'extension/**/*.ts',
      'cli/**/*.ts',
    ],
    rules: {
      // Every argument of a call goes on the stack: `push(...items)` with 200,000 items
      // threw RangeError (issue 12.6). Loop, or build the array another way.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name=/^(push|unshift)$/] > SpreadElement, CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement",
          message:
            'Spreading an array into call arguments overflows the stack when it is large: use a loop or reduce.',
        },
      ],
    },
  },
);
