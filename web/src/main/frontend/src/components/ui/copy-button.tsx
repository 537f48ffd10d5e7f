import { useState } from 'react'
import { Button } from './button'

/** Copies a value (a one-time password) to the clipboard and says whether it worked. */
export function CopyButton({ value, label = 'Copy' }: { value: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  return (
    <Button
      size="small"
      onClick={() => {
        navigator.clipboard.writeText(value).then(
          () => {
            setState('copied')
          },
          () => {
            setState('failed')
          },
        )
      }}
    >
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed – select the text' : label}
    </Button>
  )
}
