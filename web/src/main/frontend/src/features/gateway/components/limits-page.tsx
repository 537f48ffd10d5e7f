import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { DataTable } from '@/components/ui/data-table'
import { SelectField, TextField } from '@/components/ui/field'
import { PageHeader } from '@/components/ui/page-header'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { isApiError } from '@/lib/api-error'
import { addLimit, deleteAccess, deleteLimit, putAccess, useAccessLists, useCatalogMutation, useLimits } from '../api/catalog'
import { InlineForm, Section } from './section-form'
import './gateway.css'

export default function LimitsPage() {
  useDocumentTitle('Budgets and limits')
  const limits = useLimits()
  const access = useAccessLists()
  const add = useCatalogMutation((body: unknown) => addLimit(body))
  const remove = useCatalogMutation((id: number) => deleteLimit(id))
  const saveAccess = useCatalogMutation((body: unknown) => putAccess(body))
  const removeAccess = useCatalogMutation((id: number) => deleteAccess(id))
  const [l, setL] = useState({ scope: 'user', subject: '', metric: 'requests', period: 'minute', limit: '' })
  const [a, setA] = useState({ scope: 'user', subject: '', models: '' })
  const errors = isApiError(add.error) ? add.error.fieldErrorMap() : {}

  return (
    <>
      <PageHeader title="Budgets and limits"
        description="Requests, tokens and money per key, user, team, instance or model, enforced atomically across replicas (429 with Retry-After)." />
      <Section title="Limits">
        <DataTable caption="Limits and budgets" rows={limits.data} rowKey={(x) => x.id} isLoading={limits.isFetching} error={limits.error}
          emptyTitle="No limits: everything is allowed"
          columns={[
            { key: 'scope', header: 'Scope', render: (x) => x.scope },
            { key: 'subject', header: 'Subject', render: (x) => (x.subject === '*' ? 'each' : x.subject) },
            { key: 'limit', header: 'Limit', render: (x) => `${x.metric === 'cost' ? `${String(x.limit)} USD` : `${String(x.limit)} ${x.metric}`} per ${x.period}` },
            { key: 'actions', header: 'Actions', render: (x) => (
              <Button size="small" variant="danger" aria-label={`Delete limit ${String(x.id)}`} onClick={() => { remove.mutate(x.id) }}>Delete</Button>
            ) },
          ]} />
        <InlineForm label="Add limit" submit="Add limit" busy={add.isPending} error={add.error} fields={['scope', 'subject', 'metric', 'period', 'limit']}
          onSubmit={() => { add.mutate({ ...l, limit: Number(l.limit) }, { onSuccess: () => { setL({ ...l, limit: '' }) } }) }}>
          <SelectField label="Scope" value={l.scope} onChange={(e) => { setL({ ...l, scope: e.target.value }) }}>
            {['key', 'user', 'team', 'instance', 'model', 'global'].map((s) => <option key={s} value={s}>{s}</option>)}
          </SelectField>
          <TextField label="Subject" hint="An id or model name; empty = each one" value={l.subject} error={errors.subject}
            onChange={(e) => { setL({ ...l, subject: e.target.value }) }} />
          <SelectField label="Metric" value={l.metric} onChange={(e) => { setL({ ...l, metric: e.target.value }) }}>
            <option value="requests">requests</option>
            <option value="tokens">tokens</option>
            <option value="cost">cost (USD)</option>
          </SelectField>
          <SelectField label="Period" value={l.period} onChange={(e) => { setL({ ...l, period: e.target.value }) }}>
            {['minute', 'hour', 'day', 'week', 'month'].map((s) => <option key={s} value={s}>{s}</option>)}
          </SelectField>
          <TextField label="Limit" type="number" step="any" value={l.limit} error={errors.limit} onChange={(e) => { setL({ ...l, limit: e.target.value }) }} />
        </InlineForm>
      </Section>
      <Section title="Model access lists">
        <DataTable caption="Model access lists" rows={access.data} rowKey={(x) => x.id} isLoading={access.isFetching} error={access.error}
          emptyTitle="No access lists: every model is open to every key"
          columns={[
            { key: 'scope', header: 'Scope', render: (x) => x.scope },
            { key: 'subject', header: 'Subject', render: (x) => x.subject },
            { key: 'models', header: 'Models', render: (x) => x.models.join(', ') },
            { key: 'actions', header: 'Actions', render: (x) => (
              <Button size="small" variant="danger" aria-label={`Delete access list ${String(x.id)}`} onClick={() => { removeAccess.mutate(x.id) }}>Delete</Button>
            ) },
          ]} />
        <InlineForm label="Set access list" submit="Save access list" busy={saveAccess.isPending} error={saveAccess.error} fields={['scope', 'subject', 'models']}
          onSubmit={() => { saveAccess.mutate({ ...a, models: a.models.split(',').map((m) => m.trim()).filter((m) => m !== '') }) }}>
          <SelectField label="Access scope" value={a.scope} onChange={(e) => { setA({ ...a, scope: e.target.value }) }}>
            {['user', 'team', 'instance'].map((s) => <option key={s} value={s}>{s}</option>)}
          </SelectField>
          <TextField label="Access subject" value={a.subject} onChange={(e) => { setA({ ...a, subject: e.target.value }) }} />
          <TextField label="Allowed models" hint="Comma separated" value={a.models} onChange={(e) => { setA({ ...a, models: e.target.value }) }} />
        </InlineForm>
      </Section>
    </>
  )
}
