// @vitest-environment node
// The import boundaries must actually bite: lint small snippets as if they lived in the console's folders.
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'
import { boundaries } from '../../eslint.boundaries.js'

const eslint = new ESLint({
  cwd: new URL('../..', import.meta.url).pathname,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } }, ...boundaries(['users', 'audit'])],
})

async function problems(code: string, filePath: string): Promise<string[]> {
  const results = await eslint.lintText(code, { filePath })
  return results.flatMap((r) => r.messages.map((m) => m.message))
}

describe('import boundaries', () => {
  it('refuses a feature importing another feature', async () => {
    expect(await problems("import { x } from '@/features/users/types'", 'src/features/audit/components/a.tsx')).toEqual([
      expect.stringMatching(/Features must not import other features/),
    ])
  })

  it('lets a feature import itself and shared code', async () => {
    expect(await problems("import { x } from '@/features/audit/types'\nimport { y } from '@/lib/api-client'\nimport { z } from '../types'", 'src/features/audit/components/a.tsx')).toEqual([])
  })

  it('refuses features importing the app layer', async () => {
    expect(await problems("import { AREAS } from '@/app/areas'", 'src/features/users/api/a.ts')).toEqual([expect.stringMatching(/app layer/)])
  })

  it('refuses shared code importing features or the app', async () => {
    expect(await problems("import { x } from '@/features/users/types'", 'src/lib/a.ts')).toEqual([expect.stringMatching(/Shared code/)])
    expect(await problems("import { x } from '@/app/router'", 'src/components/ui/a.tsx')).toEqual([expect.stringMatching(/Shared code/)])
  })

  it('refuses relative imports that climb out of the neighbourhood (they would dodge the rules above)', async () => {
    expect(await problems("import { x } from '../../users/types'", 'src/features/audit/components/a.tsx')).toEqual([expect.stringMatching(/"@\/" alias/)])
  })

  it('lets the app layer import features', async () => {
    expect(await problems("import { x } from '@/features/users/components/users-page'", 'src/app/router.tsx')).toEqual([])
  })
})
