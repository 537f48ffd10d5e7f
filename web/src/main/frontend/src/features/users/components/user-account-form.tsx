import { useState, type SubmitEvent } from 'react'
import { Button } from '@/components/ui/button'
import { SelectField, TextField } from '@/components/ui/field'
import { FormError } from '@/components/ui/form-error'
import { useNotice } from '@/components/ui/notice'
import { isApiError } from '@/lib/api-error'
import { USER_STATUSES, type User, type UserStatus } from '@/types/api'
import { useUpdateUser } from '../api/update-user'
import type { UpdateUserInput } from '../types'

/** Sends only what changed, so a concurrent edit of another field is not overwritten with stale values. */
export function changedAccountFields(user: User, form: { displayName: string; email: string; status: UserStatus }): UpdateUserInput {
  const change: UpdateUserInput = {}
  if (form.displayName.trim() !== (user.displayName ?? '')) change.displayName = form.displayName.trim()
  if (form.email.trim() !== (user.email ?? '')) change.email = form.email.trim()
  if (form.status !== user.status) change.status = form.status
  return change
}

export function UserAccountForm({ user }: { user: User }) {
  const [form, setForm] = useState({ displayName: user.displayName ?? '', email: user.email ?? '', status: user.status })
  const update = useUpdateUser(user.id)
  const { notify } = useNotice()
  const errors = isApiError(update.error) ? update.error.fieldErrorMap() : {}
  const change = changedAccountFields(user, form)
  const dirty = Object.keys(change).length > 0

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    update.mutate(change, {
      onSuccess: (saved) => {
        notify(`Saved ${saved.username}`)
      },
    })
  }
  return (
    <section className="drawer-section" aria-labelledby={`account-${String(user.id)}`}>
      <h3 id={`account-${String(user.id)}`}>Account</h3>
      <form className="form" onSubmit={submit} noValidate aria-label="Account">
        <TextField label="Display name" value={form.displayName} error={errors.displayName}
          onChange={(e) => { setForm((f) => ({ ...f, displayName: e.target.value })) }} />
        <TextField label="Email" type="email" value={form.email} error={errors.email}
          onChange={(e) => { setForm((f) => ({ ...f, email: e.target.value })) }} />
        <SelectField label="Status" value={form.status} error={errors.status}
          hint="Disabled users cannot log in; their sessions end."
          onChange={(e) => { setForm((f) => ({ ...f, status: e.target.value as UserStatus })) }}>
          {USER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </SelectField>
        <FormError error={update.error} fields={['displayName', 'email', 'status']} />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={update.isPending} disabled={!dirty}>
            Save account
          </Button>
        </div>
      </form>
    </section>
  )
}
