import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { DataTable, type Column } from '@/components/ui/data-table'
import type { User } from '@/types/api'
import { formatDateTime } from '@/utils/format'

export interface UsersTableProps {
  users: readonly User[] | undefined
  isLoading: boolean
  error: unknown
  onRetry: () => void
  onEdit: (user: User) => void
}

export function UsersTable({ users, isLoading, error, onRetry, onEdit }: UsersTableProps) {
  const columns: Column<User>[] = [
    {
      key: 'username',
      header: 'User',
      render: (u) => (
        <div className="cell-stack">
          <strong>{u.username}</strong>
          {u.displayName !== undefined && u.displayName !== null && u.displayName !== u.username ? (
            <span className="muted">{u.displayName}</span>
          ) : null}
        </div>
      ),
    },
    { key: 'email', header: 'Email', render: (u) => u.email ?? '—' },
    { key: 'role', header: 'Role', render: (u) => <Badge tone={u.role === 'admin' ? 'accent' : 'neutral'}>{u.role}</Badge> },
    { key: 'status', header: 'Status', render: (u) => <Badge tone={u.status === 'active' ? 'good' : 'bad'}>{u.status}</Badge> },
    { key: 'lastLogin', header: 'Last login', render: (u) => formatDateTime(u.lastLoginAt) },
    {
      key: 'actions',
      header: 'Actions',
      className: 'col-actions',
      render: (u) => (
        <Button
          size="small"
          aria-label={`Edit ${u.username}`}
          onClick={() => {
            onEdit(u)
          }}
        >
          Edit
        </Button>
      ),
    },
  ]
  return (
    <DataTable
      caption="Users"
      columns={columns}
      rows={users}
      rowKey={(u) => u.id}
      isLoading={isLoading}
      error={error}
      onRetry={onRetry}
      emptyTitle="No users match these filters"
    />
  )
}
