import { useState, type SubmitEvent } from 'react'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormError } from '@/components/ui/form-error'
import { useNotice } from '@/components/ui/notice'
import { isApiError } from '@/lib/api-error'
import type { User } from '@/types/api'
import { useUpdateMe, type ProfileInput } from '../api/update-me'

export function ProfileForm({ user }: { user: User }) {
  const [form, setForm] = useState({ displayName: user.displayName ?? '', email: user.email ?? '' })
  const update = useUpdateMe()
  const { notify } = useNotice()
  const errors = isApiError(update.error) ? update.error.fieldErrorMap() : {}

  const change: ProfileInput = {}
  if (form.displayName.trim() !== (user.displayName ?? '')) change.displayName = form.displayName.trim()
  if (form.email.trim() !== (user.email ?? '')) change.email = form.email.trim()
  const dirty = Object.keys(change).length > 0

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    update.mutate(change, {
      onSuccess: () => {
        notify('Profile saved')
      },
    })
  }
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Edit profile">
      <TextField label="Display name" autoComplete="name" value={form.displayName} error={errors.displayName}
        onChange={(e) => { setForm((f) => ({ ...f, displayName: e.target.value })) }} />
      <TextField label="Email" type="email" autoComplete="email" value={form.email} error={errors.email}
        onChange={(e) => { setForm((f) => ({ ...f, email: e.target.value })) }} />
      <FormError error={update.error} fields={['displayName', 'email']} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={update.isPending} disabled={!dirty}>
          Save profile
        </Button>
      </div>
    </form>
  )
}
