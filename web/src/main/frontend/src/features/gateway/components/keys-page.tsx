import { useState, type SubmitEvent } from 'react'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { DataTable, type Column } from '@/components/ui/data-table'
import { Dialog } from '@/components/ui/dialog'
import { TextField } from '@/components/ui/field'
import { FormError } from '@/components/ui/form-error'
import { useNotice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { isApiError } from '@/lib/api-error'
import { formatDateTime } from '@/utils/format'
import { useCreateKey, useGatewayKeys, useRevokeKey, useRotateKey, type NewKey } from '../api/keys'
import { useKeyUsage } from '../api/records'
import type { CreatedKey, GatewayKey } from '../types'
import { OneTimeKey } from './one-time-key'

const EMPTY = { name: '', models: '', days: '' }

function toNewKey(form: typeof EMPTY): NewKey {
  const key: NewKey = { name: form.name.trim() }
  const models = form.models.split(',').map((m) => m.trim()).filter((m) => m !== '')
  if (models.length > 0) key.allowedModels = models
  if (form.days.trim() !== '') key.expiresInDays = Number(form.days)
  return key
}

export default function KeysPage() {
  useDocumentTitle('API keys')
  const keys = useGatewayKeys(false)
  const usage = useKeyUsage()
  const usageOf = (id: number) => usage.data?.groups.find((g) => g.key === String(id))
  const create = useCreateKey()
  const rotate = useRotateKey()
  const revoke = useRevokeKey()
  const { notify } = useNotice()
  const [creating, setCreating] = useState(false)
  const [form, setForm] = useState(EMPTY)
  const [secret, setSecret] = useState<CreatedKey | null>(null)
  const [revoking, setRevoking] = useState<GatewayKey | null>(null)
  const errors = isApiError(create.error) ? create.error.fieldErrorMap() : {}

  const closeCreate = () => {
    setCreating(false)
    setForm(EMPTY)
    create.reset()
  }
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    create.mutate(toNewKey(form), {
      onSuccess: (created) => {
        closeCreate()
        setSecret(created)
      },
    })
  }
  const columns: Column<GatewayKey>[] = [
    { key: 'name', header: 'Name', render: (k) => k.name },
    { key: 'prefix', header: 'Key', render: (k) => <code>{k.prefix}…</code> },
    {
      key: 'status',
      header: 'Status',
      render: (k) => <Badge tone={k.status === 'active' ? 'good' : 'bad'}>{k.status}</Badge>,
    },
    { key: 'models', header: 'Models', render: (k) => (k.allowedModels.length === 0 ? 'all' : k.allowedModels.join(', ')) },
    { key: 'instance', header: 'Instance', render: (k) => k.instanceId ?? '—' },
    { key: 'requests', header: 'Requests (30 days)', render: (k) => usageOf(k.id)?.requests ?? 0 },
    { key: 'cost', header: 'Cost (30 days)', render: (k) => `$${(usageOf(k.id)?.cost ?? 0).toFixed(6)}` },
    { key: 'created', header: 'Created', render: (k) => formatDateTime(k.createdAt) },
    { key: 'expires', header: 'Expires', render: (k) => (k.expiresAt ? formatDateTime(k.expiresAt) : 'never') },
    {
      key: 'actions',
      header: 'Actions',
      render: (k) =>
        k.status !== 'active' ? null : (
          <span className="actions">
            <Button
              size="small"
              aria-label={`Rotate ${k.name}`}
              onClick={() => {
                rotate.mutate(k.id, { onSuccess: setSecret })
              }}
            >
              Rotate
            </Button>
            <Button
              size="small"
              variant="danger"
              aria-label={`Revoke ${k.name}`}
              onClick={() => {
                setRevoking(k)
              }}
            >
              Revoke
            </Button>
          </span>
        ),
    },
  ]
  return (
    <>
      <PageHeader
        title="API keys"
        description={
          <>
            Keys for the OpenAI-compatible gateway at <code>{`${window.location.origin}/v1`}</code>. Usage of each key is on the
            Requests and Usage pages.
          </>
        }
        actions={
          <Button
            variant="primary"
            onClick={() => {
              setCreating(true)
            }}
          >
            New key
          </Button>
        }
      />
      <DataTable
        caption="Your gateway keys"
        columns={columns}
        rows={keys.data}
        rowKey={(k) => k.id}
        isLoading={keys.isFetching}
        error={keys.error}
        onRetry={() => void keys.refetch()}
        emptyTitle="No keys yet"
        emptyHint="Create a key to call models through the gateway."
      />
      <Dialog open={creating} title="New key" onClose={closeCreate}>
        <form className="form" onSubmit={submit} noValidate aria-label="New key">
          <TextField label="Name" required value={form.name} error={errors.name}
            onChange={(e) => { setForm((f) => ({ ...f, name: e.target.value })) }} />
          <TextField label="Allowed models" hint="Comma separated; empty = every model you may use" value={form.models}
            error={errors.allowedModels} onChange={(e) => { setForm((f) => ({ ...f, models: e.target.value })) }} />
          <TextField label="Expires in days" type="number" min={1} hint="Empty = never" value={form.days} error={errors.expiresInDays}
            onChange={(e) => { setForm((f) => ({ ...f, days: e.target.value })) }} />
          <FormError error={create.error} fields={['name', 'allowedModels', 'expiresInDays']} />
          <div className="form-actions">
            <Button type="submit" variant="primary" busy={create.isPending}>Create key</Button>
          </div>
        </form>
      </Dialog>
      <Dialog open={secret !== null} title="Key created" onClose={() => { setSecret(null) }}
        footer={<Button variant="primary" onClick={() => { setSecret(null) }}>Done</Button>}>
        {secret === null ? null : <OneTimeKey name={secret.name} secret={secret.key} />}
      </Dialog>
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke ${revoking?.name ?? ''}`}
        confirmLabel="Revoke key"
        danger
        busy={revoke.isPending}
        error={revoke.error}
        onCancel={() => { setRevoking(null) }}
        onConfirm={() => {
          if (revoking === null) return
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              notify(`Key ${revoking.name} revoked`)
              setRevoking(null)
            },
          })
        }}
      >
        Requests with this key will be refused at once. This cannot be undone.
      </ConfirmDialog>
    </>
  )
}
