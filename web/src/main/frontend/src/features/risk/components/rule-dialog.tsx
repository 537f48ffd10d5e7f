import { useState, type SubmitEvent } from 'react'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { Dialog } from '@/components/ui/dialog'
import { SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { FormError } from '@/components/ui/form-error'
import { useNotice } from '@/components/ui/notice'
import { isApiError } from '@/lib/api-error'
import { useDeleteRiskRule } from '../api/delete-risk-rule'
import { useDetectors } from '../api/get-detectors'
import { useSaveRiskRule } from '../api/save-risk-rule'
import { ACTIONS, APPLIES_TO, RULE_KINDS, SEVERITIES, type AppliesTo, type RiskAction, type RiskRule, type RiskRuleInput, type RuleKind, type Severity } from '../types'

const FIELDS = ['ruleId', 'name', 'description', 'category', 'kind', 'pattern', 'keywords', 'severity', 'action', 'appliesTo', 'sortOrder']

interface Form {
  ruleId: string
  name: string
  description: string
  category: string
  kind: RuleKind
  pattern: string
  keywords: string
  wholeWord: boolean
  severity: Severity
  action: RiskAction
  appliesTo: AppliesTo
  enabled: boolean
}

function formOf(rule: RiskRule | null): Form {
  return rule === null
    ? { ruleId: '', name: '', description: '', category: 'custom', kind: 'regex', pattern: '', keywords: '', wholeWord: true, severity: 'medium', action: 'redact', appliesTo: 'both', enabled: true }
    : {
        ruleId: rule.ruleId, name: rule.name, description: rule.description ?? '', category: rule.category, kind: rule.kind,
        pattern: rule.pattern ?? '', keywords: rule.keywords.join('\n'), wholeWord: rule.wholeWord, severity: rule.severity,
        action: rule.action, appliesTo: rule.appliesTo, enabled: rule.enabled,
      }
}

/** The whole rule as the API takes it; keywords are one per line in the form. */
export function toInput(form: Form, sortOrder?: number): RiskRuleInput {
  const input: RiskRuleInput = {
    name: form.name.trim(), category: form.category.trim() || 'custom', kind: form.kind, severity: form.severity,
    action: form.action, appliesTo: form.appliesTo, enabled: form.enabled, wholeWord: form.wholeWord,
  }
  if (form.ruleId.trim() !== '') input.ruleId = form.ruleId.trim()
  if (form.description.trim() !== '') input.description = form.description.trim()
  if (form.kind === 'keywords') input.keywords = form.keywords.split('\n').map((k) => k.trim()).filter((k) => k !== '')
  else input.pattern = form.pattern
  if (sortOrder !== undefined) input.sortOrder = sortOrder
  return input
}

export function RuleDialog({ rule, onClose }: { rule: RiskRule | null; onClose: () => void }) {
  const [form, setForm] = useState(() => formOf(rule))
  const [confirming, setConfirming] = useState(false)
  const save = useSaveRiskRule(rule === null ? null : rule.ruleId)
  const remove = useDeleteRiskRule()
  const detectors = useDetectors()
  const { notify } = useNotice()
  const errors = isApiError(save.error) ? save.error.fieldErrorMap() : {}
  const set = (key: keyof Form) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [key]: e.target.value }))
  }
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    save.mutate(toInput(form, rule?.sortOrder), {
      onSuccess: (saved) => {
        notify(`Rule ${saved.name} saved`)
        onClose()
      },
    })
  }

  return (
    <Dialog open title={rule === null ? 'New risk rule' : `Edit ${rule.name}`} onClose={onClose} variant="drawer" wide>
      <form className="form" onSubmit={submit} noValidate aria-label="Risk rule">
        {rule === null ? (
          <TextField label="Rule id" required value={form.ruleId} onChange={set('ruleId')} error={errors.ruleId}
            hint="2–64 characters a-z 0-9 _ . - ; used in audit records and placeholders" />
        ) : null}
        <TextField label="Name" required value={form.name} onChange={set('name')} error={errors.name} />
        <TextField label="Description" value={form.description} onChange={set('description')} error={errors.description} />
        <TextField label="Category" value={form.category} onChange={set('category')} error={errors.category} />
        <SelectField label="Kind" value={form.kind} onChange={set('kind')} error={errors.kind}>
          {RULE_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
        </SelectField>
        {form.kind === 'regex' ? (
          <TextField label="Regular expression" className="mono" value={form.pattern} onChange={set('pattern')} error={errors.pattern}
            hint="Java syntax; (?i) for case-insensitive; a group named 'redact' limits what is replaced" />
        ) : null}
        {form.kind === 'detector' ? (
          <SelectField label="Detector" value={form.pattern} onChange={set('pattern')} error={errors.pattern}>
            <option value="">Choose…</option>
            {Object.entries(detectors.data ?? {}).map(([name, description]) => (
              <option key={name} value={name}>{name} — {description}</option>
            ))}
          </SelectField>
        ) : null}
        {form.kind === 'keywords' ? (
          <>
            <TextAreaField label="Keywords (one per line)" rows={6} value={form.keywords} onChange={set('keywords')} error={errors.keywords} />
            <label className="checkbox">
              <input type="checkbox" checked={form.wholeWord} onChange={(e) => { setForm((f) => ({ ...f, wholeWord: e.target.checked })) }} />
              Whole words only
            </label>
          </>
        ) : null}
        <SelectField label="Severity" value={form.severity} onChange={set('severity')} error={errors.severity}>
          {SEVERITIES.map((s) => <option key={s} value={s}>{s}</option>)}
        </SelectField>
        <SelectField label="Action" value={form.action} onChange={set('action')} error={errors.action}
          hint="allow records only; redact replaces the match; reroute sends the request to the secure model; block refuses it">
          {ACTIONS.map((a) => <option key={a} value={a}>{a}</option>)}
        </SelectField>
        <SelectField label="Applies to" value={form.appliesTo} onChange={set('appliesTo')} error={errors.appliesTo}
          hint="request = prompts sent to models; response = model output, streamed or not">
          {APPLIES_TO.map((a) => <option key={a} value={a}>{a}</option>)}
        </SelectField>
        <label className="checkbox">
          <input type="checkbox" checked={form.enabled} onChange={(e) => { setForm((f) => ({ ...f, enabled: e.target.checked })) }} />
          Enabled
        </label>
        <FormError error={save.error} fields={FIELDS} />
        <div className="form-actions">
          {rule !== null && !rule.builtIn ? (
            <Button variant="danger" onClick={() => { setConfirming(true) }}>Delete…</Button>
          ) : null}
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={save.isPending}>Save rule</Button>
        </div>
      </form>
      {rule === null ? null : (
        <ConfirmDialog
          open={confirming}
          title={`Delete ${rule.name}?`}
          confirmLabel="Delete rule"
          danger
          busy={remove.isPending}
          error={remove.error}
          onCancel={() => { setConfirming(false); remove.reset() }}
          onConfirm={() => {
            remove.mutate(rule.ruleId, {
              onSuccess: () => {
                notify(`Rule ${rule.name} deleted`)
                onClose()
              },
            })
          }}
        >
          The gateway stops applying it on every replica at once.
        </ConfirmDialog>
      )}
    </Dialog>
  )
}
