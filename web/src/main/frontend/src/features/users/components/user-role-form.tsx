import { useState, type SubmitEvent } from 'react'
import { Button } from '@/components/ui/button'
import { SelectField } from '@/components/ui/field'
import { FormError } from '@/components/ui/form-error'
import { useNotice } from '@/components/ui/notice'
import { isApiError } from '@/lib/api-error'
import { ROLES, type Role, type User } from '@/types/api'
import { useChangeUserRole } from '../api/change-user-role'

const ROLE_HINTS: Record<Role, string> = {
  admin: 'Full control, including users, audit and settings.',
  operator: 'Runs the fleet: sees and operates all instances.',
  user: 'Own instances, teams and resources only.',
}

export function UserRoleForm({ user }: { user: User }) {
  const [role, setRole] = useState<Role>(user.role)
  const change = useChangeUserRole(user.id)
  const { notify } = useNotice()

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    change.mutate(role, {
      onSuccess: (saved) => {
        notify(`${saved.username} is now ${saved.role}`)
      },
    })
  }
  return (
    <section className="drawer-section" aria-labelledby={`role-${String(user.id)}`}>
      <h3 id={`role-${String(user.id)}`}>Role</h3>
      <form className="form form-inline" onSubmit={submit} noValidate aria-label="Role">
        <SelectField label="Role" value={role} hint={ROLE_HINTS[role]}
          error={isApiError(change.error) ? change.error.fieldError('role') : undefined}
          onChange={(e) => { setRole(e.target.value as Role) }}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="primary" busy={change.isPending} disabled={role === user.role}>
          Change role
        </Button>
      </form>
      <FormError error={change.error} fields={['role']} />
    </section>
  )
}
