import { CopyButton } from '@/components/ui/copy-button'

/** A key's secret, shown this once: the server keeps only its hash. */
export function OneTimeKey({ name, secret }: { name: string; secret: string }) {
  return (
    <div className="one-time-password">
      <p>
        Secret of the key <strong>{name}</strong>:
      </p>
      <div className="secret-row">
        <code className="secret" aria-label={`Secret of ${name}`}>
          {secret}
        </code>
        <CopyButton value={secret} />
      </div>
      <p className="field-hint">
        It will not be shown again. Use it as the API key of any OpenAI SDK with the base URL <code>{`${window.location.origin}/v1`}</code>.
      </p>
    </div>
  )
}
