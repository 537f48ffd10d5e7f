import type { ReactNode } from 'react'
import { Navigate, useLocation } from 'react-router'
import { Loading } from '@/components/ui/states'
import { useSession } from '@/lib/auth/session'

/** Pages behind login: while a stored session is being restored show a spinner, without one go to /login. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, endReason } = useSession()
  const location = useLocation()
  if (status === 'restoring') {
    return (
      <div className="splash">
        <Loading label="Restoring your session…" />
      </div>
    )
  }
  if (status === 'signed-out') {
    // after an explicit logout the next person should start from the home page, not from where we were
    const next = endReason === 'logout' ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`
    return <Navigate to={`/login${next}`} replace />
  }
  return children
}
