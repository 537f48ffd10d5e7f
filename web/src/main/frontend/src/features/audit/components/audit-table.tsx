import { Badge } from '@/components/ui/badge'
import { DataTable, type Column } from '@/components/ui/data-table'
import { formatDateTime } from '@/utils/format'
import type { AuditEntry } from '../types'
import { AuditDetails } from './audit-details'

const COLUMNS: Column<AuditEntry>[] = [
  {
    key: 'time',
    header: 'Time',
    className: 'col-time',
    render: (e) => <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt)}</time>,
  },
  {
    key: 'actor',
    header: 'Actor',
    render: (e) => (
      <span className="cell-stack">
        <span>{e.actorName ?? '—'}</span>
        {e.actorRole === undefined || e.actorRole === null ? null : <span className="muted">{e.actorRole}</span>}
      </span>
    ),
  },
  { key: 'action', header: 'Action', render: (e) => <code>{e.action}</code> },
  {
    key: 'target',
    header: 'Target',
    render: (e) => (e.targetType === undefined || e.targetType === null ? '—' : `${e.targetType} ${e.targetId ?? ''}`.trim()),
  },
  {
    key: 'outcome',
    header: 'Outcome',
    render: (e) => <Badge tone={e.outcome === 'success' ? 'good' : 'bad'}>{e.outcome}</Badge>,
  },
  { key: 'summary', header: 'Summary', render: (e) => e.summary ?? '' },
]

export function AuditTable(props: { entries: readonly AuditEntry[] | undefined; isLoading: boolean; error: unknown; onRetry: () => void }) {
  return (
    <DataTable
      caption="Audit log entries, newest first"
      columns={COLUMNS}
      rows={props.entries}
      rowKey={(e) => e.id}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      emptyTitle="No audit entries match these filters"
      renderExpanded={(e) => <AuditDetails entry={e} />}
      expandLabel={(e) => `Details of ${e.action} at ${formatDateTime(e.occurredAt)}`}
    />
  )
}
