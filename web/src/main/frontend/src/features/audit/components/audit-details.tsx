import type { AuditEntry } from '../types'
import { JsonDiff } from './json-diff'

/** The expanded row: where the change came from, and what it changed. */
export function AuditDetails({ entry }: { entry: AuditEntry }) {
  return (
    <div className="audit-details">
      <dl className="facts">
        <div>
          <dt>Request id</dt>
          <dd>
            <code>{entry.requestId ?? '—'}</code>
          </dd>
        </div>
        <div>
          <dt>Source IP</dt>
          <dd>{entry.sourceIp ?? '—'}</dd>
        </div>
        <div>
          <dt>User agent</dt>
          <dd className="wrap-anywhere">{entry.userAgent ?? '—'}</dd>
        </div>
      </dl>
      <JsonDiff before={entry.before} after={entry.after} />
    </div>
  )
}
