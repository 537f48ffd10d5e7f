// <input type="datetime-local"> speaks the viewer's local time without a zone; the API speaks ISO-8601 instants.

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** "2026-11-24T09:30" (local) → "2026-11-24T08:30:00.000Z"; '' for empty or invalid input. */
export function localToIso(local: string): string {
  if (local === '') return ''
  const date = new Date(local)
  return Number.isNaN(date.getTime()) ? '' : date.toISOString()
}

/** The reverse, for showing a filter from the URL in the input. */
export function isoToLocal(iso: string): string {
  if (iso === '') return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}
