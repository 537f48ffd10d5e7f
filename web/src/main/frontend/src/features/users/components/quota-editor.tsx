import { useState, type SubmitEvent } from 'react'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormError } from '@/components/ui/form-error'
import { useNotice } from '@/components/ui/notice'
import { ErrorState, Loading } from '@/components/ui/states'
import { isApiError } from '@/lib/api-error'
import type { Quota, QuotaLimits, QuotaUsage } from '@/types/api'
import { useUserQuota } from '../api/get-user-quota'
import { useUpdateUserQuota } from '../api/update-user-quota'
import type { QuotaInput } from '../types'

interface QuotaField {
  key: keyof QuotaLimits
  usage: keyof QuotaUsage
  label: string
  step: string
}

export const QUOTA_FIELDS: readonly QuotaField[] = [
  { key: 'maxInstances', usage: 'instances', label: 'Instances', step: '1' },
  { key: 'maxCpuCores', usage: 'cpuCores', label: 'CPU cores', step: '0.001' },
  { key: 'maxMemoryGiB', usage: 'memoryGiB', label: 'Memory (GiB)', step: '1' },
  { key: 'maxStorageGiB', usage: 'storageGiB', label: 'Storage (GiB)', step: '1' },
  { key: 'maxGpus', usage: 'gpus', label: 'GPUs', step: '1' },
]

type Draft = Record<keyof QuotaLimits, string>

/** Empty fields are sent as null: the server then names each missing one, rather than us guessing a value. */
export function toQuotaInput(draft: Draft): QuotaInput {
  const number = (s: string) => (s.trim() === '' ? null : Number(s))
  return {
    maxInstances: number(draft.maxInstances),
    maxCpuCores: number(draft.maxCpuCores),
    maxMemoryGiB: number(draft.maxMemoryGiB),
    maxStorageGiB: number(draft.maxStorageGiB),
    maxGpus: number(draft.maxGpus),
  }
}

function draftOf(q: Quota): Draft {
  return {
    maxInstances: String(q.maxInstances),
    maxCpuCores: String(q.maxCpuCores),
    maxMemoryGiB: String(q.maxMemoryGiB),
    maxStorageGiB: String(q.maxStorageGiB),
    maxGpus: String(q.maxGpus),
  }
}

export function QuotaEditor({ userId }: { userId: number }) {
  const quota = useUserQuota(userId)
  return (
    <section className="drawer-section" aria-labelledby={`quota-${String(userId)}`}>
      <h3 id={`quota-${String(userId)}`}>Quota</h3>
      {quota.error !== null ? (
        <ErrorState error={quota.error} onRetry={() => void quota.refetch()} />
      ) : quota.data === undefined ? (
        <Loading />
      ) : (
        <QuotaForm quota={quota.data} />
      )}
    </section>
  )
}

export function QuotaForm({ quota }: { quota: Quota }) {
  const [draft, setDraft] = useState<Draft>(draftOf(quota))
  const update = useUpdateUserQuota(quota.userId)
  const { notify } = useNotice()
  const errors = isApiError(update.error) ? update.error.fieldErrorMap() : {}

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    update.mutate(toQuotaInput(draft), {
      onSuccess: () => {
        notify('Quota saved')
      },
    })
  }
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Quota">
      <div className="quota-grid">
        {QUOTA_FIELDS.map((f) => (
          <TextField
            key={f.key}
            label={f.label}
            name={f.key}
            type="number"
            inputMode="decimal"
            min="0"
            step={f.step}
            value={draft[f.key]}
            error={errors[f.key]}
            hint={`In use: ${String(quota.usage[f.usage])}`}
            onChange={(e) => {
              setDraft((d) => ({ ...d, [f.key]: e.target.value }))
            }}
          />
        ))}
      </div>
      <FormError error={update.error} fields={QUOTA_FIELDS.map((f) => f.key)} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={update.isPending}>
          Save quota
        </Button>
      </div>
    </form>
  )
}
