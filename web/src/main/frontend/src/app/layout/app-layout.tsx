import { Outlet } from 'react-router'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { useNotice } from '@/components/ui/notice'
import { useLogout } from '@/features/auth/api/logout'
import { describeError } from '@/lib/api-error'
import { useSession } from '@/lib/auth/session'
import { Navigation } from './navigation'

export function AppLayout() {
  const { user } = useSession()
  const logout = useLogout()
  const { notify } = useNotice()
  if (user === null) return null // RequireAuth renders this only for a signed-in user
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ⌘
          </span>
          ClawManager
        </div>
        <Navigation user={user} />
      </aside>
      <div className="main-column">
        <header className="topbar">
          <span className="whoami">
            Signed in as <strong>{user.displayName ?? user.username}</strong> <Badge tone="accent">{user.role}</Badge>
          </span>
          <Button
            busy={logout.isPending}
            onClick={() => {
              logout.mutate(undefined, {
                onError: (error) => {
                  notify(`Logged out here; the server said: ${describeError(error)}`, 'info')
                },
              })
            }}
          >
            Log out
          </Button>
        </header>
        <main id="main" className="content" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  )
}
