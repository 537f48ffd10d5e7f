import { describe, expect, it } from 'vitest'
import { parseEnv } from './create-instance-dialog'

describe('parseEnv', () => {
  it('reads KEY=value lines, keeps "=" inside values and skips blank lines', () => {
    expect(parseEnv('A=1\n\n B = x \nURL=http://h/?q=1\nFLAG')).toEqual({ A: '1', 'B ': ' x', URL: 'http://h/?q=1', FLAG: '' })
  })
})
