import { Badge } from '@/components/ui/badge'
import { ErrorState, Loading } from '@/components/ui/states'
import { useRecord } from '../api/records'

/** One request's trace: what happened in order, the risk hits, every upstream attempt and captured content. */
export function TraceDetails({ traceId }: { traceId: string }) {
  const record = useRecord(traceId)
  if (record.error) return <ErrorState error={record.error} onRetry={() => void record.refetch()} />
  if (record.data === undefined) return <Loading />
  const r = record.data
  return (
    <div className="gw-trace" aria-label={`Trace ${traceId}`}>
      <p>
        Trace <code>{r.traceId}</code> · {r.endpoint} · requested <code>{r.requestedModel ?? '—'}</code>, served{' '}
        <code>{r.servedModel ?? '—'}</code> by {r.provider ?? '—'} · tokens {r.promptTokens} in / {r.completionTokens} out ({r.usageSource}) ·
        cost ${String(r.cost)} · latency {r.latencyMs} ms{r.ttftMs === null || r.ttftMs === undefined ? '' : `, first token ${String(r.ttftMs)} ms`} · gateway
        overhead {r.overheadMs} ms
      </p>
      <strong>Events</strong>
      <ol>
        {r.events.map((e, i) => (
          <li key={i}>
            <code>{e.type}</code> at {e.atMs} ms{e.detail ? ` — ${e.detail}` : ''}
          </li>
        ))}
      </ol>
      <strong>Risk hits</strong>
      {r.riskHits.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ol>
          {r.riskHits.map((h, i) => (
            <li key={i}>
              <Badge tone={h.action === 'BLOCK' ? 'bad' : 'warn'}>{h.action}</Badge> {h.ruleName} ({h.category}, {h.severity}, {h.direction}):{' '}
              <code>{h.excerpt}</code>
            </li>
          ))}
        </ol>
      )}
      <strong>Attempts</strong>
      <ol>
        {r.attemptLog.map((a, i) => (
          <li key={i}>
            {a.model} via {a.provider}: {a.outcome} ({a.ms} ms)
          </li>
        ))}
      </ol>
      {r.requestContent ? (
        <>
          <strong>Prompt (redacted)</strong>
          <pre>{r.requestContent}</pre>
          <strong>Answer</strong>
          <pre>{r.responseContent}</pre>
        </>
      ) : null}
    </div>
  )
}
