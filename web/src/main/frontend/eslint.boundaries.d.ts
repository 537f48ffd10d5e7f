import type { Linter } from 'eslint'

export function boundaries(features: readonly string[]): Linter.Config[]
export function featureNames(root?: URL): string[]
