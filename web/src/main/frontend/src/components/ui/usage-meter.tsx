/** "3 of 10" with a bar; the numbers are always written out, the bar only helps the eye. */
export function UsageMeter({ used, limit, unit = '' }: { used: number; limit: number; unit?: string }) {
  const ratio = limit <= 0 ? (used > 0 ? 1 : 0) : Math.min(1, used / limit)
  const tone = ratio >= 0.9 ? 'bad' : ratio >= 0.7 ? 'warn' : 'good'
  const suffix = unit === '' ? '' : ` ${unit}`
  return (
    <div className="usage">
      <span className="usage-text">
        {used}
        {suffix} of {limit}
        {suffix}
      </span>
      <span className={`usage-bar usage-${tone}`} aria-hidden="true">
        <span style={{ width: `${String(Math.round(ratio * 100))}%` }} />
      </span>
    </div>
  )
}
