import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { PageHeader } from '@/components/ui/page-header'
import { Pagination } from '@/components/ui/pagination'
import type { User } from '@/types/api'
import { useUsers } from '../api/get-users'
import { CreateUserDialog } from './create-user-dialog'
import { ImportUsersDialog } from './import-users-dialog'
import { useUserFilters } from './use-user-filters'
import { UserDrawer } from './user-drawer'
import { UserFiltersBar } from './user-filters'
import { UsersTable } from './users-table'

export default function UsersPage() {
  const [filters, setFilters] = useUserFilters()
  const users = useUsers(filters)
  const [dialog, setDialog] = useState<'create' | 'import' | null>(null)
  const [editing, setEditing] = useState<User | null>(null)
  const close = () => {
    setDialog(null)
  }

  return (
    <>
      <PageHeader
        title="Users"
        description="Local accounts, their roles and quotas."
        actions={
          <>
            <Button
              onClick={() => {
                setDialog('import')
              }}
            >
              Import CSV
            </Button>
            <Button
              variant="primary"
              onClick={() => {
                setDialog('create')
              }}
            >
              New user
            </Button>
          </>
        }
      />
      <UserFiltersBar filters={filters} onChange={setFilters} />
      <UsersTable
        users={users.data?.items}
        isLoading={users.isFetching}
        error={users.error}
        onRetry={() => void users.refetch()}
        onEdit={setEditing}
      />
      {users.data === undefined ? null : (
        <Pagination
          label="Users pages"
          page={users.data.page}
          size={users.data.size}
          total={users.data.total}
          onPage={(page) => {
            setFilters({ page })
          }}
          onSize={(size) => {
            setFilters({ size })
          }}
        />
      )}
      <CreateUserDialog open={dialog === 'create'} onClose={close} />
      <ImportUsersDialog open={dialog === 'import'} onClose={close} />
      {editing === null ? null : (
        <UserDrawer
          user={editing}
          onClose={() => {
            setEditing(null)
          }}
        />
      )}
    </>
  )
}
