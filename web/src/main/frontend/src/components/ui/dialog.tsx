// Modal dialog on the native <dialog> element: the browser traps focus, Escape closes it, and focus returns to
// the opener when it goes away. "drawer" is the same dialog docked to the right edge, for editing a row without losing the list.

import { useEffect, useId, useRef, type ReactNode } from 'react'

export interface DialogProps {
  open: boolean
  title: string
  onClose: () => void
  children: ReactNode
  /** Buttons at the bottom; omit for dialogs whose form renders its own. */
  footer?: ReactNode
  variant?: 'modal' | 'drawer'
  wide?: boolean
}

export function Dialog({ open, title, onClose, children, footer, variant = 'modal', wide = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!open || dialog === null) return
    // the element is removed on close rather than closed, so the browser cannot return focus: do it here
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) dialog.showModal()
    return () => {
      if (dialog.open) dialog.close()
      opener?.focus()
    }
  }, [open])

  if (!open) return null
  return (
    <dialog
      ref={ref}
      className={['dialog', `dialog-${variant}`, wide ? 'dialog-wide' : ''].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault() // Escape: let the owner decide (it may be busy); it closes by setting open=false
        onClose()
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="btn btn-ghost dialog-close" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      <div className="dialog-body">{children}</div>
      {footer === undefined ? null : <footer className="dialog-footer">{footer}</footer>}
    </dialog>
  )
}
