import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { useNotice } from '@/components/ui/notice'
import type { User } from '@/types/api'
import { useDeleteUser } from '../api/delete-user'

/** Deleting asks first; the server refuses deleting yourself or the last admin and the dialog shows why. */
export function DeleteUserSection({ user, onDeleted }: { user: User; onDeleted: () => void }) {
  const [confirming, setConfirming] = useState(false)
  const remove = useDeleteUser()
  const { notify } = useNotice()
  const cancel = () => {
    setConfirming(false)
    remove.reset()
  }
  return (
    <section className="drawer-section danger-zone" aria-labelledby={`delete-${String(user.id)}`}>
      <h3 id={`delete-${String(user.id)}`}>Delete user</h3>
      <p className="muted">The account and its quota are removed. The audit log keeps what this user did.</p>
      <Button variant="danger" onClick={() => { setConfirming(true) }}>
        Delete {user.username}…
      </Button>
      <ConfirmDialog
        open={confirming}
        title={`Delete ${user.username}?`}
        confirmLabel="Delete user"
        danger
        busy={remove.isPending}
        error={remove.error}
        onCancel={cancel}
        onConfirm={() => {
          remove.mutate(user.id, {
            onSuccess: () => {
              notify(`User ${user.username} deleted`)
              setConfirming(false)
              onDeleted()
            },
          })
        }}
      >
        This cannot be undone.
      </ConfirmDialog>
    </section>
  )
}
