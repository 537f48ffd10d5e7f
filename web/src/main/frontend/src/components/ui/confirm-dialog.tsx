import type { ReactNode } from 'react'
import { Button } from './button'
import { Dialog } from './dialog'
import { FormError } from './form-error'

export interface ConfirmDialogProps {
  open: boolean
  title: string
  children: ReactNode
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
  busy?: boolean
  /** The server's refusal, shown inside the dialog so the user sees why nothing happened. */
  error?: unknown
  danger?: boolean
}

export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onCancel, busy = false, error, danger = false }: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onCancel}
      footer={
        <>
          <Button onClick={onCancel}>Cancel</Button>
          <Button variant={danger ? 'danger' : 'primary'} busy={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div className="confirm-text">{children}</div>
      <FormError error={error} />
    </Dialog>
  )
}
