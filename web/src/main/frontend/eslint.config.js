// Lint rules for the console: typescript-eslint (strict, type-aware), every react-hooks rule as an error, and the
// import boundaries of eslint.boundaries.js. Run by `npm run lint` and, through `npm test`, by the Maven build.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { boundaries, featureNames } from './eslint.boundaries.js'

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'e2e', '*.config.{js,ts}', 'eslint.boundaries.*'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // every rule the plugin has, as an error: the React Compiler checks catch real bugs in hooks and effects
      ...Object.fromEntries(Object.keys(reactHooks.rules).map((rule) => [`react-hooks/${rule}`, 'error'])),
      '@typescript-eslint/consistent-type-definitions': 'off',
    },
  },
  ...boundaries(featureNames()),
)
