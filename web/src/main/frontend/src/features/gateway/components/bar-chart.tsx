/** A horizontal bar chart in plain SVG (no chart library): one bar per row, value printed at its end. */
export function BarChart({ title, rows, format }: { title: string; rows: { label: string; value: number }[]; format: (v: number) => string }) {
  const max = Math.max(...rows.map((r) => r.value), 0)
  const rowHeight = 24
  const height = Math.max(rowHeight, rows.length * rowHeight)
  return (
    <figure className="card">
      <figcaption><strong>{title}</strong></figcaption>
      {rows.length === 0 ? (
        <p className="muted">No data in this range.</p>
      ) : (
        <svg className="gw-chart" viewBox={`0 0 600 ${String(height)}`} role="img" aria-label={`${title}: ${rows.map((r) => `${r.label} ${format(r.value)}`).join(', ')}`}>
          {rows.map((r, i) => {
            const width = max === 0 ? 0 : Math.max(1, (r.value / max) * 360)
            const y = i * rowHeight
            return (
              <g key={r.label}>
                <text x={0} y={y + 16}>{r.label.length > 22 ? `${r.label.slice(0, 21)}…` : r.label}</text>
                <rect className="gw-bar" x={160} y={y + 4} width={width} height={16} rx={2} />
                <text x={166 + width} y={y + 16}>{format(r.value)}</text>
              </g>
            )
          })}
        </svg>
      )}
    </figure>
  )
}
