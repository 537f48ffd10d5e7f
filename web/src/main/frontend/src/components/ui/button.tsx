import type { ButtonHTMLAttributes } from 'react'

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost'

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant
  /** Shows a busy state and blocks double submits while a request runs. */
  busy?: boolean
  size?: 'normal' | 'small'
}

export function Button({ variant = 'secondary', busy = false, size = 'normal', className, disabled, children, type, ...rest }: ButtonProps) {
  const classes = ['btn', `btn-${variant}`, size === 'small' ? 'btn-small' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <button type={type ?? 'button'} className={classes} disabled={disabled === true || busy} aria-busy={busy || undefined} {...rest}>
      {busy ? <span className="spinner" aria-hidden="true" /> : null}
      {children}
    </button>
  )
}
