// Splits a sample into plain and highlighted segments from the hits' offsets. Overlapping hits merge into one
// highlight that names every rule involved, so each character is shown exactly once.

import type { RiskHit } from '../types'

export interface Segment {
  text: string
  hits: RiskHit[]
}

export function segments(text: string, hits: readonly RiskHit[]): Segment[] {
  const spans = hits.filter((h) => h.end > h.start && h.start >= 0 && h.end <= text.length).sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Segment[] = []
  let pos = 0
  let i = 0
  while (i < spans.length) {
    const first = spans[i]
    const group: RiskHit[] = [first]
    let end = first.end
    i++
    while (i < spans.length && spans[i].start < end) {
      group.push(spans[i])
      end = Math.max(end, spans[i].end)
      i++
    }
    const start = Math.max(first.start, pos)
    if (start > pos) out.push({ text: text.slice(pos, start), hits: [] })
    if (end > start) out.push({ text: text.slice(start, end), hits: group })
    pos = Math.max(pos, end)
  }
  if (pos < text.length) out.push({ text: text.slice(pos), hits: [] })
  return out
}
