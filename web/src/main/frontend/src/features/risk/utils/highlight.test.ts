import { describe, expect, it } from 'vitest'
import type { RiskHit } from '../types'
import { segments } from './highlight'

const hit = (ruleId: string, start: number, end: number): RiskHit => ({
  ruleId, ruleName: ruleId, category: 'c', severity: 'low', action: 'redact', start, end, excerpt: '*',
})

describe('segments', () => {
  it('returns the text alone without hits', () => {
    expect(segments('hello', [])).toEqual([{ text: 'hello', hits: [] }])
  })

  it('cuts the text around hits', () => {
    const s = segments('mail a@b.io now', [hit('email', 5, 11)])
    expect(s.map((x) => x.text)).toEqual(['mail ', 'a@b.io', ' now'])
    expect(s[1].hits.map((h) => h.ruleId)).toEqual(['email'])
  })

  it('merges overlapping hits into one highlight naming both rules', () => {
    const s = segments('0123456789', [hit('a', 2, 6), hit('b', 4, 8)])
    expect(s.map((x) => x.text)).toEqual(['01', '234567', '89'])
    expect(s[1].hits.map((h) => h.ruleId)).toEqual(['a', 'b'])
  })

  it('ignores empty and out-of-range spans', () => {
    expect(segments('abc', [hit('x', 0, 0), hit('y', 2, 9)]).map((x) => x.text)).toEqual(['abc'])
  })
})
