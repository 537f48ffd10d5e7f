import { useState, type SubmitEvent } from 'react'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { SelectField, TextField } from '@/components/ui/field'
import { FormError } from '@/components/ui/form-error'
import { useNotice } from '@/components/ui/notice'
import { PASSWORD_MIN_LENGTH } from '@/config/constants'
import { isApiError } from '@/lib/api-error'
import { ROLES, type Role } from '@/types/api'
import { useCreateUser } from '../api/create-user'
import type { CreatedUser, CreateUserInput } from '../types'
import { OneTimePassword } from './one-time-password'

const FIELDS = ['username', 'displayName', 'email', 'role', 'password']

const EMPTY = { username: '', displayName: '', email: '', role: 'user' as Role, password: '' }

/** Only what was filled in: empty optional fields are left out, so the server applies its defaults. */
export function toCreateInput(form: typeof EMPTY): CreateUserInput {
  const input: CreateUserInput = { username: form.username.trim(), role: form.role }
  if (form.displayName.trim() !== '') input.displayName = form.displayName.trim()
  if (form.email.trim() !== '') input.email = form.email.trim()
  if (form.password !== '') input.password = form.password
  return input
}

export function CreateUserDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form, setForm] = useState(EMPTY)
  const [created, setCreated] = useState<CreatedUser | null>(null)
  const create = useCreateUser()
  const { notify } = useNotice()
  const errors = isApiError(create.error) ? create.error.fieldErrorMap() : {}

  const close = () => {
    setForm(EMPTY)
    setCreated(null)
    create.reset()
    onClose()
  }
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    create.mutate(toCreateInput(form), {
      onSuccess: (result) => {
        notify(`User ${result.user.username} created`)
        if (typeof result.generatedPassword === 'string') setCreated(result)
        else close()
      },
    })
  }
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [key]: e.target.value }))
  }

  if (created !== null && typeof created.generatedPassword === 'string') {
    return (
      <Dialog open={open} title="User created" onClose={close} footer={<Button variant="primary" onClick={close}>Done</Button>}>
        <OneTimePassword username={created.user.username} password={created.generatedPassword} />
      </Dialog>
    )
  }
  return (
    <Dialog open={open} title="New user" onClose={close}>
      <form className="form" onSubmit={submit} noValidate aria-label="New user">
        <TextField label="Username" required autoComplete="off" value={form.username} onChange={set('username')} error={errors.username}
          hint="3–64 lower-case letters, digits, '.', '_' or '-'" />
        <TextField label="Display name" value={form.displayName} onChange={set('displayName')} error={errors.displayName} />
        <TextField label="Email" type="email" value={form.email} onChange={set('email')} error={errors.email} />
        <SelectField label="Role" value={form.role} onChange={set('role')} error={errors.role}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </SelectField>
        <TextField label="Password (optional)" type="password" autoComplete="new-password" value={form.password} onChange={set('password')}
          error={errors.password} hint={`Leave empty to generate one. At least ${String(PASSWORD_MIN_LENGTH)} characters.`} />
        <FormError error={create.error} fields={FIELDS} />
        <div className="form-actions">
          <Button onClick={close}>Cancel</Button>
          <Button type="submit" variant="primary" busy={create.isPending}>
            Create user
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
