import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { DataTable, type Column } from '@/components/ui/data-table'
import { useNotice } from '@/components/ui/notice'
import { describeError } from '@/lib/api-error'
import { useSetRiskRuleEnabled } from '../api/set-risk-rule-enabled'
import type { RiskAction, RiskRule, Severity } from '../types'

export const ACTION_TONE: Record<RiskAction, 'neutral' | 'good' | 'warn' | 'bad' | 'accent'> = {
  allow: 'neutral', redact: 'accent', reroute: 'warn', block: 'bad',
}
const SEVERITY_TONE: Record<Severity, 'neutral' | 'good' | 'warn' | 'bad' | 'accent'> = {
  low: 'neutral', medium: 'accent', high: 'warn', critical: 'bad',
}

function count(n: number): string {
  return n < 0 ? 'n/a' : n.toLocaleString()
}

interface Props {
  rules: RiskRule[] | undefined
  isLoading: boolean
  error: unknown
  onRetry: () => void
  canEdit: boolean
  onEdit: (rule: RiskRule) => void
}

export function RulesTable({ rules, isLoading, error, onRetry, canEdit, onEdit }: Props) {
  const toggle = useSetRiskRuleEnabled()
  const { notify } = useNotice()
  const columns: Column<RiskRule>[] = [
    { key: 'name', header: 'Rule', render: (r) => (
      <>
        <strong>{r.name}</strong>
        <div className="muted mono">{r.ruleId}{r.builtIn ? ' · built-in' : ''}</div>
      </>
    ) },
    { key: 'category', header: 'Category', render: (r) => r.category },
    { key: 'kind', header: 'Kind', render: (r) => r.kind },
    { key: 'appliesTo', header: 'Applies to', render: (r) => r.appliesTo },
    { key: 'severity', header: 'Severity', render: (r) => <Badge tone={SEVERITY_TONE[r.severity]}>{r.severity}</Badge> },
    { key: 'action', header: 'Action', render: (r) => <Badge tone={ACTION_TONE[r.action]}>{r.action}</Badge> },
    { key: 'hits', header: 'Hits (24 h / total)', className: 'num', render: (r) => `${count(r.hits24h)} / ${count(r.hitsTotal)}` },
    { key: 'enabled', header: 'Enabled', render: (r) => canEdit ? (
      <label className="toggle">
        <input
          type="checkbox"
          checked={r.enabled}
          aria-label={`${r.enabled ? 'Disable' : 'Enable'} ${r.name}`}
          disabled={toggle.isPending}
          onChange={(e) => {
            toggle.mutate({ ruleId: r.ruleId, enabled: e.target.checked }, {
              onSuccess: (saved) => { notify(`${saved.name} ${saved.enabled ? 'enabled' : 'disabled'}`) },
              onError: (err) => { notify(describeError(err), 'error') },
            })
          }}
        />
        {r.enabled ? 'on' : 'off'}
      </label>
    ) : (r.enabled ? 'on' : 'off') },
  ]
  if (canEdit) {
    columns.push({ key: 'edit', header: 'Edit', render: (r) => (
      <Button size="small" onClick={() => { onEdit(r) }} aria-label={`Edit ${r.name}`}>Edit</Button>
    ) })
  }
  return (
    <DataTable
      caption="Risk rules"
      columns={columns}
      rows={rules}
      rowKey={(r) => r.ruleId}
      isLoading={isLoading}
      error={error}
      onRetry={onRetry}
      emptyTitle="No rules match"
    />
  )
}
