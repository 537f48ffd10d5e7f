import { Suspense } from 'react'
import { Loading } from '@/components/ui/states'
import { hasRole, useSession } from '@/lib/auth/session'
import type { Area } from '../areas'
import { NotAllowed } from './not-allowed'

/** Renders an area's page if the signed-in role may use it, the "not allowed" page otherwise. */
export function AreaRoute({ area }: { area: Area }) {
  const { user } = useSession()
  if (!hasRole(user, area.roles)) return <NotAllowed />
  const { Page } = area
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  )
}
