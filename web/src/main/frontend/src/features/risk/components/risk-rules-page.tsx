import { useMemo, useState } from 'react'
import { Button } from '@/components/ui/button'
import { SelectField, TextField } from '@/components/ui/field'
import { PageHeader } from '@/components/ui/page-header'
import { useNotice } from '@/components/ui/notice'
import { describeError } from '@/lib/api-error'
import { useSession } from '@/lib/auth/session'
import { useBulkEnable } from '../api/bulk-enable'
import { useRiskRules } from '../api/get-risk-rules'
import type { RiskRule } from '../types'
import { RuleDialog } from './rule-dialog'
import { RulesTable } from './rules-table'
import { TestBox } from './test-box'

export default function RiskRulesPage() {
  const rules = useRiskRules()
  const { user } = useSession()
  const canEdit = user?.role === 'admin'
  const [search, setSearch] = useState('')
  const [category, setCategory] = useState('')
  const [editing, setEditing] = useState<RiskRule | 'new' | null>(null)
  const bulk = useBulkEnable()
  const { notify } = useNotice()

  const categories = useMemo(() => [...new Set((rules.data ?? []).map((r) => r.category))].sort(), [rules.data])
  const visible = useMemo(() => {
    const q = search.trim().toLowerCase()
    return rules.data?.filter((r) => (category === '' || r.category === category)
      && (q === '' || [r.ruleId, r.name, r.description ?? '', r.pattern ?? '', r.keywords.join(' ')].some((v) => v.toLowerCase().includes(q))))
  }, [rules.data, search, category])
  const switchShown = (enabled: boolean) => {
    const ruleIds = (visible ?? []).map((r) => r.ruleId)
    if (ruleIds.length === 0) return
    bulk.mutate({ ruleIds, enabled }, {
      onSuccess: (saved) => { notify(`${String(saved.length)} rules ${enabled ? 'enabled' : 'disabled'}`) },
      onError: (err) => { notify(describeError(err), 'error') },
    })
  }

  return (
    <>
      <PageHeader
        title="Risk rules"
        description="What the AI gateway looks for in prompts and responses, and what it does on a hit: allow (record only), redact, reroute to the secure model, or block."
        actions={canEdit ? (
          <Button variant="primary" onClick={() => { setEditing('new') }}>
            New rule
          </Button>
        ) : null}
      />
      <TestBox />
      <div className="filters" role="search" aria-label="Filter rules">
        <TextField label="Search" type="search" value={search} onChange={(e) => { setSearch(e.target.value) }} />
        <SelectField label="Category" value={category} onChange={(e) => { setCategory(e.target.value) }}>
          <option value="">All</option>
          {categories.map((c) => <option key={c} value={c}>{c}</option>)}
        </SelectField>
        {canEdit ? (
          <div className="filters-actions">
            <Button size="small" busy={bulk.isPending} onClick={() => { switchShown(true) }}>Enable shown</Button>
            <Button size="small" busy={bulk.isPending} onClick={() => { switchShown(false) }}>Disable shown</Button>
          </div>
        ) : null}
      </div>
      <RulesTable
        rules={visible}
        isLoading={rules.isFetching}
        error={rules.error}
        onRetry={() => void rules.refetch()}
        canEdit={canEdit}
        onEdit={setEditing}
      />
      {editing === null ? null : (
        <RuleDialog rule={editing === 'new' ? null : editing} onClose={() => { setEditing(null) }} />
      )}
    </>
  )
}
