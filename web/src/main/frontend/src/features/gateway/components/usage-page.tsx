import { useState } from 'react'
import { TextField } from '@/components/ui/field'
import { PageHeader } from '@/components/ui/page-header'
import { ErrorState } from '@/components/ui/states'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { useAnalytics } from '../api/records'
import type { AnalyticsRow } from '../types'
import { BarChart } from './bar-chart'
import './gateway.css'

const day = (d: Date) => d.toISOString().slice(0, 10)
const money = (v: number) => `$${v < 0.01 && v > 0 ? v.toFixed(6) : v.toFixed(4)}`

function rows(groups: AnalyticsRow[] | undefined, label: (key: string | null) => string, value: (r: AnalyticsRow) => number) {
  return (groups ?? []).map((g) => ({ label: label(g.key), value: value(g) }))
}

/** The last 30 days up to and including today (UTC). */
function defaultRange() {
  const now = Date.now()
  return { from: day(new Date(now - 29 * 86_400_000)), to: day(new Date(now + 86_400_000)) }
}

export default function UsagePage() {
  useDocumentTitle('Usage and cost')
  const [from, setFrom] = useState(() => defaultRange().from)
  const [to, setTo] = useState(() => defaultRange().to)
  const byDay = useAnalytics('day', from, to)
  const byModel = useAnalytics('model', from, to)
  const byUser = useAnalytics('user', from, to)
  const byInstance = useAnalytics('instance', from, to)
  const totals = byDay.data?.totals
  const error = byDay.error ?? byModel.error ?? byUser.error ?? byInstance.error
  return (
    <>
      <PageHeader title="Usage and cost" description="Requests, tokens and cost over all gateway records in the range (yours; administrators see everyone's)." />
      <div className="filters">
        <TextField label="From" type="date" value={from} onChange={(e) => { setFrom(e.target.value) }} />
        <TextField label="To (exclusive)" type="date" value={to} onChange={(e) => { setTo(e.target.value) }} />
      </div>
      {error ? <ErrorState error={error} onRetry={() => void byDay.refetch()} /> : null}
      <div className="cards" aria-label="Totals">
        <div className="card"><div className="muted">Requests</div><strong aria-label="Total requests">{totals?.requests ?? '—'}</strong></div>
        <div className="card"><div className="muted">Errors</div><strong>{totals?.errors ?? '—'}</strong></div>
        <div className="card"><div className="muted">Tokens in / out</div><strong>{totals ? `${String(totals.promptTokens)} / ${String(totals.completionTokens)}` : '—'}</strong></div>
        <div className="card"><div className="muted">Cost</div><strong aria-label="Total cost">{totals ? money(totals.cost) : '—'}</strong></div>
      </div>
      <div className="gw-charts">
        <BarChart title="Cost by day" rows={rows(byDay.data?.groups, (k) => k ?? '?', (r) => r.cost)} format={money} />
        <BarChart title="Requests by day" rows={rows(byDay.data?.groups, (k) => k ?? '?', (r) => r.requests)} format={String} />
        <BarChart title="Cost by model" rows={rows(byModel.data?.groups, (k) => k ?? 'unknown', (r) => r.cost)} format={money} />
        <BarChart title="Cost by user" rows={rows(byUser.data?.groups, (k) => (k === null ? 'none' : `user ${k}`), (r) => r.cost)} format={money} />
        <BarChart title="Cost by instance" rows={rows(byInstance.data?.groups, (k) => (k === null ? 'personal keys' : `instance ${k}`), (r) => r.cost)} format={money} />
      </div>
    </>
  )
}
