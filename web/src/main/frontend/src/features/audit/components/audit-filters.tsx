import { useState, type SubmitEvent } from 'react'
import { Button } from '@/components/ui/button'
import { SelectField, TextField } from '@/components/ui/field'
import type { AuditFilters } from '../types'
import { isoToLocal, localToIso } from '../utils/local-time'

type Draft = Omit<AuditFilters, 'page' | 'size'>

const EMPTY: Draft = { actor: '', action: '', targetType: '', targetId: '', outcome: '', from: '', to: '' }

/** Filters are applied together with one submit, so a half-typed date never sends a request. */
export function AuditFiltersForm({ filters, onApply }: { filters: AuditFilters; onApply: (change: Partial<AuditFilters>) => void }) {
  const [draft, setDraft] = useState<Draft>({ ...filters, from: isoToLocal(filters.from), to: isoToLocal(filters.to) })
  const set = (key: keyof Draft) => (e: { target: { value: string } }) => {
    setDraft((d) => ({ ...d, [key]: e.target.value }))
  }
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    onApply({
      actor: draft.actor.trim(),
      action: draft.action.trim(),
      targetType: draft.targetType.trim(),
      targetId: draft.targetId.trim(),
      outcome: draft.outcome,
      from: localToIso(draft.from),
      to: localToIso(draft.to),
    })
  }
  return (
    <form className="filters filters-audit" role="search" aria-label="Filter audit log" onSubmit={submit}>
      <TextField label="Actor" placeholder="exact username" value={draft.actor} onChange={set('actor')} />
      <TextField label="Action" placeholder="user.* or user.create" value={draft.action} onChange={set('action')} />
      <TextField label="Target type" placeholder="user" value={draft.targetType} onChange={set('targetType')} />
      <TextField label="Target id" value={draft.targetId} onChange={set('targetId')} />
      <SelectField label="Outcome" value={draft.outcome} onChange={set('outcome')}>
        <option value="">Any outcome</option>
        <option value="success">success</option>
        <option value="failure">failure</option>
      </SelectField>
      <TextField label="From" type="datetime-local" value={draft.from} onChange={set('from')} />
      <TextField label="To" type="datetime-local" value={draft.to} onChange={set('to')} />
      <div className="filters-actions">
        <Button type="submit" variant="primary">
          Apply filters
        </Button>
        <Button
          onClick={() => {
            setDraft(EMPTY)
            onApply(EMPTY)
          }}
        >
          Reset
        </Button>
      </div>
    </form>
  )
}
