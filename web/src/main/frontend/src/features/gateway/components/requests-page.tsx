import { useState, type SubmitEvent } from 'react'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { DataTable, type Column } from '@/components/ui/data-table'
import { TextField } from '@/components/ui/field'
import { PageHeader } from '@/components/ui/page-header'
import { Pagination } from '@/components/ui/pagination'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { formatDateTime } from '@/utils/format'
import { useRecords } from '../api/records'
import type { GatewayRecord, RecordFilters } from '../types'
import { TraceDetails } from './trace-details'
import './gateway.css'

const COLUMNS: Column<GatewayRecord>[] = [
  { key: 'time', header: 'Time', className: 'col-time', render: (r) => <time dateTime={r.occurredAt}>{formatDateTime(r.occurredAt)}</time> },
  { key: 'user', header: 'User', render: (r) => r.userId ?? '—' },
  { key: 'instance', header: 'Instance', render: (r) => r.instanceId ?? '—' },
  { key: 'model', header: 'Model', render: (r) => <code>{r.servedModel ?? r.requestedModel ?? '—'}</code> },
  { key: 'status', header: 'Status', render: (r) => <Badge tone={r.status < 400 ? 'good' : 'bad'}>{r.status}</Badge> },
  { key: 'tokens', header: 'Tokens', render: (r) => `${String(r.promptTokens)} / ${String(r.completionTokens)}` },
  { key: 'cost', header: 'Cost', render: (r) => `$${String(r.cost)}` },
  { key: 'latency', header: 'Latency', render: (r) => `${String(r.latencyMs)} ms` },
  { key: 'risk', header: 'Risk', render: (r) => (r.riskAction ? <Badge tone={r.riskAction === 'BLOCK' ? 'bad' : 'warn'}>{r.riskAction}</Badge> : '') },
]

const EMPTY: RecordFilters = { page: 0, size: 50 }

export default function RequestsPage() {
  useDocumentTitle('Requests')
  const [filters, setFilters] = useState<RecordFilters>(EMPTY)
  const [form, setForm] = useState({ userId: '', instanceId: '', model: '', status: '', from: '', to: '' })
  const records = useRecords(filters)
  const apply = (event: SubmitEvent) => {
    event.preventDefault()
    const next: RecordFilters = { page: 0, size: filters.size }
    for (const [k, v] of Object.entries(form)) {
      if (v.trim() !== '') (next as unknown as Record<string, string>)[k] = v.trim()
    }
    setFilters(next)
  }
  const field = (key: keyof typeof form, label: string, type = 'text') => (
    <TextField label={label} type={type} value={form[key]} onChange={(e) => { setForm((f) => ({ ...f, [key]: e.target.value })) }} />
  )
  return (
    <>
      <PageHeader title="Requests" description="One record per gateway request: who, which model, tokens, cost, latency, status and risk hits." />
      <form className="filters" onSubmit={apply} aria-label="Request filters">
        {field('userId', 'User id')}
        {field('instanceId', 'Instance id')}
        {field('model', 'Model')}
        {field('status', 'Status')}
        {field('from', 'From', 'date')}
        {field('to', 'To', 'date')}
        <div className="filters-actions">
          <Button type="submit" variant="primary">Apply filters</Button>
        </div>
      </form>
      <DataTable caption="Gateway requests, newest first" columns={COLUMNS} rows={records.data?.items} rowKey={(r) => r.traceId}
        isLoading={records.isFetching} error={records.error} onRetry={() => void records.refetch()} emptyTitle="No requests match these filters"
        renderExpanded={(r) => <TraceDetails traceId={r.traceId} />} expandLabel={(r) => `Trace of the request at ${formatDateTime(r.occurredAt)}`} />
      {records.data === undefined ? null : (
        <Pagination label="Request pages" page={records.data.page} size={records.data.size} total={records.data.total}
          onPage={(page) => { setFilters((f) => ({ ...f, page })) }} onSize={(size) => { setFilters((f) => ({ ...f, size, page: 0 })) }} />
      )}
    </>
  )
}
