import { CopyButton } from '@/components/ui/copy-button'

/** A server-generated password, shown this once: the server keeps only its hash. */
export function OneTimePassword({ username, password }: { username: string; password: string }) {
  return (
    <div className="one-time-password">
      <p>
        One-time password for <strong>{username}</strong>:
      </p>
      <div className="secret-row">
        <code className="secret" aria-label={`Password for ${username}`}>
          {password}
        </code>
        <CopyButton value={password} />
      </div>
      <p className="field-hint">It will not be shown again. Give it to the user over a safe channel; they should change it after logging in.</p>
    </div>
  )
}
