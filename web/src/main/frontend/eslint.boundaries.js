// The console's import boundaries (bulletproof-react's unidirectional architecture), as ESLint config entries:
// shared code (components, hooks, lib, config, types, utils) never imports features or the app; a feature never
// imports another feature or the app. Relative imports may reach the own folder or its parent; anything further
// uses the "@/" alias, so these rules can see where an import goes. Tested in src/testing/boundaries.test.ts.
import { readdirSync } from 'node:fs'

const SHARED = ['components', 'hooks', 'lib', 'config', 'types', 'utils']

const farRelative = { regex: '^(\\.\\./){2,}', message: 'Import from outside the neighbourhood with the "@/" alias.' }

export function boundaries(features) {
  return [
    {
      files: SHARED.map((dir) => `src/${dir}/**`),
      rules: {
        'no-restricted-imports': ['error', {
          patterns: [farRelative, { regex: '^@/(features|app)(/|$)', message: 'Shared code must not depend on features or the app.' }],
        }],
      },
    },
    ...features.map((feature) => ({
      files: [`src/features/${feature}/**`],
      rules: {
        'no-restricted-imports': ['error', {
          patterns: [
            farRelative,
            {
              regex: `^@/features/(?!${feature}(/|$))`,
              message: 'Features must not import other features; move shared code to src/components, src/lib or src/types.',
            },
            { regex: '^@/app(/|$)', message: 'Features must not import the app layer.' },
          ],
        }],
      },
    })),
  ]
}

/** The feature folders that exist now; a new feature is covered as soon as its folder exists. */
export function featureNames(root = new URL('./src/features', import.meta.url)) {
  return readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)
}
