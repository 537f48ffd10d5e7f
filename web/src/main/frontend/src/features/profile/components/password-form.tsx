import { useState, type SubmitEvent } from 'react'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormError } from '@/components/ui/form-error'
import { useNotice } from '@/components/ui/notice'
import { PASSWORD_MIN_LENGTH } from '@/config/constants'
import { isApiError } from '@/lib/api-error'
import { useChangePassword } from '../api/change-password'

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' }

/**
 * The server decides whether the new password is good enough and says why not; the only check made here is the
 * one the server cannot make: that both new-password fields match.
 */
export function PasswordForm() {
  const [form, setForm] = useState(EMPTY)
  const [mismatch, setMismatch] = useState(false)
  const change = useChangePassword()
  const { notify } = useNotice()
  const errors = isApiError(change.error) ? change.error.fieldErrorMap() : {}

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    if (form.newPassword !== form.confirm) {
      setMismatch(true)
      return
    }
    setMismatch(false)
    change.mutate(
      { currentPassword: form.currentPassword, newPassword: form.newPassword },
      {
        onSuccess: () => {
          setForm(EMPTY)
          notify('Password changed. Your other sessions have been logged out.')
        },
      },
    )
  }
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [key]: e.target.value }))
  }
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Change password">
      <TextField label="Current password" type="password" autoComplete="current-password" value={form.currentPassword}
        onChange={set('currentPassword')} error={errors.currentPassword} />
      <TextField label="New password" type="password" autoComplete="new-password" value={form.newPassword}
        onChange={set('newPassword')} error={errors.newPassword}
        hint={`At least ${String(PASSWORD_MIN_LENGTH)} characters, at least 4 different ones.`} />
      <TextField label="Repeat new password" type="password" autoComplete="new-password" value={form.confirm}
        onChange={set('confirm')} error={mismatch ? 'does not match the new password' : undefined} />
      <FormError error={change.error} fields={['currentPassword', 'newPassword']} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={change.isPending}>
          Change password
        </Button>
      </div>
    </form>
  )
}
