import type { ReactNode } from 'react'

/** A small label; the tone is a hint only, the text always says it (colour is never the only signal). */
export function Badge({ tone = 'neutral', children }: { tone?: 'neutral' | 'good' | 'warn' | 'bad' | 'accent'; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>
}
