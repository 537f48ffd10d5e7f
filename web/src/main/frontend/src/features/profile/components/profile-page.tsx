import { Badge } from '@/components/ui/badge'
import { PageHeader } from '@/components/ui/page-header'
import { ErrorState, Loading } from '@/components/ui/states'
import { formatDateTime } from '@/utils/format'
import { useMe } from '../api/get-me'
import { PasswordForm } from './password-form'
import { ProfileForm } from './profile-form'
import { QuotaSummary } from './quota-summary'

export default function ProfilePage() {
  const me = useMe()
  return (
    <>
      <PageHeader title="Profile" description="Your account, your limits, your password." />
      {me.error !== null ? (
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      ) : me.data === undefined ? (
        <Loading />
      ) : (
        <div className="cards">
          <section className="card" aria-labelledby="account-title">
            <h2 id="account-title">Account</h2>
            <dl className="facts">
              <div>
                <dt>Username</dt>
                <dd>{me.data.username}</dd>
              </div>
              <div>
                <dt>Role</dt>
                <dd>
                  <Badge tone="accent">{me.data.role}</Badge>
                </dd>
              </div>
              <div>
                <dt>Sign-in</dt>
                <dd>{me.data.authProvider}</dd>
              </div>
              <div>
                <dt>Member since</dt>
                <dd>{formatDateTime(me.data.createdAt)}</dd>
              </div>
              <div>
                <dt>Password changed</dt>
                <dd>{formatDateTime(me.data.passwordChangedAt)}</dd>
              </div>
            </dl>
            <ProfileForm user={me.data} />
          </section>
          <section className="card" aria-labelledby="quota-title">
            <h2 id="quota-title">Quota</h2>
            <p className="muted">What you may use and what you use now.</p>
            <QuotaSummary />
          </section>
          <section className="card" aria-labelledby="password-title">
            <h2 id="password-title">Change password</h2>
            {me.data.authProvider === 'local' ? <PasswordForm /> : <p>Your password is managed by your organisation&apos;s sign-in.</p>}
          </section>
        </div>
      )}
    </>
  )
}
