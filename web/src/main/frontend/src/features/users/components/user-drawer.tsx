import { Badge } from '@/components/ui/badge'
import { Dialog } from '@/components/ui/dialog'
import type { User } from '@/types/api'
import { formatDateTime } from '@/utils/format'
import { useUser } from '../api/get-user'
import { DeleteUserSection } from './delete-user-section'
import { QuotaEditor } from './quota-editor'
import { UserAccountForm } from './user-account-form'
import { UserRoleForm } from './user-role-form'

/** Everything an admin can change about one user, next to the list. */
export function UserDrawer({ user: initial, onClose }: { user: User; onClose: () => void }) {
  const { data: user } = useUser(initial)
  return (
    <Dialog open title={`Edit ${user.username}`} onClose={onClose} variant="drawer">
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>
            <Badge tone={user.status === 'active' ? 'good' : 'bad'}>{user.status}</Badge>
          </dd>
        </div>
        <div>
          <dt>Sign-in</dt>
          <dd>{user.authProvider}</dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>{formatDateTime(user.createdAt)}</dd>
        </div>
        <div>
          <dt>Last login</dt>
          <dd>{formatDateTime(user.lastLoginAt)}</dd>
        </div>
      </dl>
      {/* the forms keep what the admin typed while fresh data arrives; saved values equal the server's anyway */}
      <UserAccountForm user={user} />
      <UserRoleForm user={user} />
      <QuotaEditor userId={user.id} />
      <DeleteUserSection user={user} onDeleted={onClose} />
    </Dialog>
  )
}
