import { useId, useMemo } from 'react'
import { changedPaths, isChanged, jsonLines, parseDocument, type Json } from '../utils/json-diff'

function Side({ title, value, changed }: { title: string; value: Json | undefined; changed: ReadonlySet<string> }) {
  const lines = jsonLines(value)
  const id = useId()
  return (
    <figure className="json-side" aria-labelledby={id}>
      <figcaption id={id}>{title}</figcaption>
      {lines.length === 0 ? (
        <p className="muted">(nothing)</p>
      ) : (
        <pre className="json">
          {lines.map((line, i) => {
            const mark = isChanged(line, changed) && !line.text.startsWith('}') && !line.text.startsWith(']')
            return (
              <span key={`${line.path}-${String(i)}`} className={mark ? 'json-line json-changed' : 'json-line'} style={{ paddingLeft: `${String(line.depth * 2)}ch` }}>
                {line.text}
                {mark ? <span className="visually-hidden"> (changed)</span> : null}
                {'\n'}
              </span>
            )
          })}
        </pre>
      )}
    </figure>
  )
}

export function summarize(before: Json | undefined, after: Json | undefined, changed: ReadonlySet<string>): string {
  if (before === undefined && after === undefined) return 'No before or after state was recorded.'
  if (before === undefined) return 'Created: there was no state before.'
  if (after === undefined) return 'Removed: there is no state after.'
  return changed.size === 0 ? 'No differences.' : `Changed: ${[...changed].join(', ')}`
}

/** Before and after side by side; keys whose value differs are highlighted on both sides. */
export function JsonDiff({ before, after }: { before?: string | null; after?: string | null }) {
  const parsed = useMemo(() => {
    const b = parseDocument(before)
    const a = parseDocument(after)
    return { b, a, changed: changedPaths(b, a) }
  }, [before, after])
  return (
    <div className="json-diff">
      <p className="json-diff-summary">{summarize(parsed.b, parsed.a, parsed.changed)}</p>
      <div className="json-sides">
        <Side title="Before" value={parsed.b} changed={parsed.changed} />
        <Side title="After" value={parsed.a} changed={parsed.changed} />
      </div>
    </div>
  )
}
