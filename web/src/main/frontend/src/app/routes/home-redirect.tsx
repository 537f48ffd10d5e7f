import { Navigate } from 'react-router'
import { hasRole, useSession } from '@/lib/auth/session'
import { AREAS } from '../areas'

/** "/" opens the first area the role may use. */
export function HomeRedirect() {
  const { user } = useSession()
  const first = AREAS.find((a) => hasRole(user, a.roles))
  return <Navigate to={first === undefined ? '/profile' : `/${first.path}`} replace />
}
