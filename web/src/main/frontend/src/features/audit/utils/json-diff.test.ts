import { describe, expect, it } from 'vitest'
import { changedPaths, flatten, isChanged, jsonLines, parseDocument } from './json-diff'

describe('changedPaths', () => {
  it('finds changed, added and removed keys, nested ones by dotted path', () => {
    const before = { role: 'user', status: 'active', quota: { maxGpus: 2, maxInstances: 10 }, tags: ['a'], gone: 1 }
    const after = { role: 'operator', status: 'active', quota: { maxGpus: 0, maxInstances: 10 }, tags: ['a', 'b'], added: true }
    expect([...changedPaths(before, after)].sort()).toEqual(['added', 'gone', 'quota.maxGpus', 'role', 'tags[1]'])
  })

  it('treats a missing side as everything changed', () => {
    expect([...changedPaths(undefined, { a: 1, b: { c: 2 } })].sort()).toEqual(['a', 'b.c'])
  })

  it('sees no change in equal documents with different key order', () => {
    expect(changedPaths({ a: 1, b: 2 }, { b: 2, a: 1 }).size).toBe(0)
  })

  it('keeps empty containers as leaves so emptying a list shows up', () => {
    expect(flatten({ tags: [] })).toEqual(new Map([['tags', '[]']]))
    expect([...changedPaths({ tags: ['x'] }, { tags: [] })].sort()).toEqual(['tags', 'tags[0]'])
  })
})

describe('jsonLines', () => {
  it('pretty-prints like JSON.stringify with two spaces, one path per line', () => {
    const value = { a: 1, b: { c: [true, null] } }
    const lines = jsonLines(value)
    expect(lines.map((l) => '  '.repeat(l.depth) + l.text).join('\n')).toBe(JSON.stringify(value, null, 2))
    expect(lines.map((l) => l.path)).toEqual(['', 'a', 'b', 'b.c', 'b.c[0]', 'b.c[1]', 'b.c', 'b', ''])
  })

  it('marks a container line when something inside changed', () => {
    const changed = new Set(['b.c[1]'])
    const lines = jsonLines({ a: 1, b: { c: [true, null] } })
    expect(lines.filter((l) => isChanged(l, changed)).map((l) => l.text)).toEqual(['"b": {', '"c": [', 'null', ']', '}'])
  })
})

describe('parseDocument', () => {
  it('parses JSON, keeps non-JSON text as a string and maps empty to undefined', () => {
    expect(parseDocument('{"a":1}')).toEqual({ a: 1 })
    expect(parseDocument('not json')).toBe('not json')
    expect(parseDocument(null)).toBeUndefined()
    expect(parseDocument('')).toBeUndefined()
  })
})
