// Before/after of an audit entry, laid out as pretty-printed JSON lines that know which key they show, so the
// two sides can be put next to each other with the changed keys marked.

export type Json = null | boolean | number | string | Json[] | JsonObject
export interface JsonObject {
  [key: string]: Json
}

export interface JsonLine {
  /** Dotted path of the value on this line ("quota.maxGpus", "tags[1]"); '' for the root's brackets. */
  path: string
  text: string
  depth: number
}

/** Parses an audit document; a value that is not JSON is shown as a plain string rather than failing. */
export function parseDocument(text: string | null | undefined): Json | undefined {
  if (text === null || text === undefined || text === '') return undefined
  try {
    return JSON.parse(text) as Json
  } catch {
    return text
  }
}

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function join(base: string, key: string | number): string {
  return typeof key === 'number' ? `${base}[${String(key)}]` : base === '' ? key : `${base}.${key}`
}

/** Leaf values by path; empty objects and arrays count as leaves so adding or removing them is visible. */
export function flatten(value: Json | undefined, base = '', out = new Map<string, string>()): Map<string, string> {
  if (value === undefined) return out
  if (isObject(value) && Object.keys(value).length > 0) {
    for (const [k, v] of Object.entries(value)) flatten(v, join(base, k), out)
  } else if (Array.isArray(value) && value.length > 0) {
    value.forEach((v, i) => flatten(v, join(base, i), out))
  } else {
    out.set(base, JSON.stringify(value))
  }
  return out
}

/** Paths whose value differs, was added or was removed between the two documents. */
export function changedPaths(before: Json | undefined, after: Json | undefined): Set<string> {
  const a = flatten(before)
  const b = flatten(after)
  const changed = new Set<string>()
  for (const [path, value] of a) if (b.get(path) !== value) changed.add(path)
  for (const path of b.keys()) if (!a.has(path)) changed.add(path)
  return changed
}

/** Pretty-prints like JSON.stringify(v, null, 2), one entry per line, each tagged with its path. */
export function jsonLines(value: Json | undefined): JsonLine[] {
  const lines: JsonLine[] = []
  const walk = (v: Json, path: string, depth: number, prefix: string, comma: string) => {
    if (isObject(v) && Object.keys(v).length > 0) {
      lines.push({ path, text: `${prefix}{`, depth })
      const entries = Object.entries(v)
      entries.forEach(([k, child], i) => {
        walk(child, join(path, k), depth + 1, `${JSON.stringify(k)}: `, i < entries.length - 1 ? ',' : '')
      })
      lines.push({ path, text: `}${comma}`, depth })
    } else if (Array.isArray(v) && v.length > 0) {
      lines.push({ path, text: `${prefix}[`, depth })
      v.forEach((child, i) => {
        walk(child, join(path, i), depth + 1, '', i < v.length - 1 ? ',' : '')
      })
      lines.push({ path, text: `]${comma}`, depth })
    } else {
      lines.push({ path, text: `${prefix}${JSON.stringify(v)}${comma}`, depth })
    }
  }
  if (value !== undefined) walk(value, '', 0, '', '')
  return lines
}

/** A line is marked when its own value changed, or (for brackets) when anything inside it changed. */
export function isChanged(line: JsonLine, changed: ReadonlySet<string>): boolean {
  if (changed.has(line.path)) return true
  if (line.path === '') return false
  for (const p of changed) if (p.startsWith(`${line.path}.`) || p.startsWith(`${line.path}[`)) return true
  return false
}
