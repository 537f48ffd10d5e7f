import { Navigate, useSearchParams } from 'react-router'
import { Loading } from '@/components/ui/states'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { useSession, type EndReason } from '@/lib/auth/session'
import { LoginForm } from './login-form'

const REASONS: Record<Exclude<EndReason, null>, string> = {
  logout: 'You have been logged out.',
  expired: 'Your session has ended. Please log in again.',
  unreachable: 'The server could not be reached to restore your session. Please log in again.',
}

/** Only same-site paths: "?next=https://evil.example" must not turn the login page into an open redirect. */
export function safeNext(next: string | null): string {
  return next !== null && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/'
}

export function LoginPage() {
  useDocumentTitle('Log in')
  const { status, endReason } = useSession()
  const [params] = useSearchParams()
  const next = safeNext(params.get('next'))

  if (status === 'restoring') return <div className="splash"><Loading label="Restoring your session…" /></div>
  if (status === 'signed-in') return <Navigate to={next} replace />

  return (
    <div className="login-screen">
      <main className="login-card" aria-labelledby="login-title">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            ⌘
          </span>
          ClawManager
        </div>
        <h1 id="login-title">Log in</h1>
        <p className="muted">Control plane for AI agent runtimes</p>
        {endReason === null ? null : (
          <p className="notice-inline" role="status">
            {REASONS[endReason]}
          </p>
        )}
        <LoginForm />
      </main>
    </div>
  )
}
