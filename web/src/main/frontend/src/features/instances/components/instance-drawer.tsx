import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { SelectField } from '@/components/ui/field'
import { FormError } from '@/components/ui/form-error'
import { ErrorState, Loading } from '@/components/ui/states'
import { useCommands, useInstance, useInstanceAction, useIssueCommand } from '../api/instances'
import { COMMAND_TYPES } from '../types'
import { AgentBadge, CommandBadge, StatusBadge } from './status-badges'

function when(value: string | undefined): string {
  return value === undefined ? '—' : new Date(value).toLocaleString()
}

/** One instance: desired vs observed, the agent, its last state report, and the command timeline. */
export function InstanceDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const instance = useInstance(id)
  const commands = useCommands(id)
  const issue = useIssueCommand(id)
  const action = useInstanceAction()
  const [type, setType] = useState<string>('health_check')
  const i = instance.data
  const title = i === undefined ? `Instance ${String(id)}` : `Instance ${i.name}`

  return (
    <Dialog open title={title} onClose={onClose} variant="drawer" wide>
      {instance.error !== null ? <ErrorState error={instance.error} onRetry={() => void instance.refetch()} /> : null}
      {i === undefined ? (
        <Loading />
      ) : (
        <>
          <section aria-label="State">
            <p>
              <StatusBadge status={i.status} /> <AgentBadge status={i.agentStatus} /> {i.reason ?? ''} {i.message ?? ''}
            </p>
            <table className="table">
              <caption className="visually-hidden">Desired and observed state</caption>
              <tbody>
                <tr><th scope="row">Desired power</th><td>{i.desired.powerState}</td></tr>
                <tr><th scope="row">Generation (desired / applied)</th><td>{i.desired.generation} / {i.observed.appliedGeneration}</td></tr>
                <tr><th scope="row">Observed phase</th><td>{i.observed.phase ?? '—'} at {when(i.observed.observedAt)}</td></tr>
                <tr><th scope="row">Config revision (desired / reported)</th><td>{i.desired.configRevision} / {i.agent?.configRevision ?? '—'}</td></tr>
                <tr><th scope="row">Agent epoch</th><td>{i.agent?.epoch ?? '—'}</td></tr>
                <tr><th scope="row">Last heartbeat</th><td>{when(i.agent?.lastHeartbeatAt)}</td></tr>
                <tr><th scope="row">Runtime</th><td>{i.agent?.runtimeStatus ?? '—'} (agent {i.agent?.version ?? '—'})</td></tr>
                <tr><th scope="row">Resources</th><td>{i.cpuMillicores / 1000} CPU · {i.memoryMiB} MiB · {i.diskGiB} GiB · {i.gpus} GPU · {i.driver}</td></tr>
              </tbody>
            </table>
            <div className="toolbar">
              {(['start', 'stop', 'restart', 'delete'] as const).map((act) => (
                <Button key={act} size="small" variant={act === 'delete' ? 'danger' : 'secondary'}
                  busy={action.isPending && action.variables.action === act}
                  onClick={() => { action.mutate({ ids: [id], action: act }) }}>
                  {act[0].toUpperCase() + act.slice(1)}
                </Button>
              ))}
            </div>
            <FormError error={action.error} />
          </section>
          <section aria-label="Commands">
            <h2>Commands</h2>
            <form
              className="toolbar"
              onSubmit={(event) => {
                event.preventDefault()
                issue.mutate({ type })
              }}
            >
              <SelectField label="Command" value={type} onChange={(e) => { setType(e.target.value) }}>
                {COMMAND_TYPES.map((t) => (
                  <option key={t} value={t}>{t}</option>
                ))}
              </SelectField>
              <Button type="submit" variant="primary" busy={issue.isPending}>Run command</Button>
            </form>
            <FormError error={issue.error} />
            <ol className="timeline" aria-label="Command timeline">
              {(commands.data ?? []).map((c) => (
                <li key={c.id}>
                  <strong>{c.type}</strong> <CommandBadge status={c.status} /> {c.reason ?? ''} · {when(c.createdAt)}
                  {c.finishedAt === undefined ? null : ` → ${when(c.finishedAt)}`}
                  {c.result === undefined ? null : (
                    <details>
                      <summary>Result of {c.type} {c.id}</summary>
                      <pre>{JSON.stringify(c.result, null, 2)}</pre>
                    </details>
                  )}
                </li>
              ))}
            </ol>
          </section>
          <section aria-label="State report">
            <h2>State report</h2>
            <p>Reported {when(i.agent?.reportAt)}</p>
            <pre className="report">{i.agent?.report === undefined ? 'No report yet.' : JSON.stringify(i.agent.report, null, 2)}</pre>
          </section>
        </>
      )}
    </Dialog>
  )
}
