import type { ReactNode, SubmitEvent } from 'react'
import { Button } from '@/components/ui/button'
import { FormError } from '@/components/ui/form-error'

/** A titled block of an admin page: a list and, below it, a one-line form that adds to it. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="gw-section" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  )
}

export function InlineForm(props: { label: string; submit: string; busy: boolean; error: unknown; fields: readonly string[]; onSubmit: () => void; children: ReactNode }) {
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    props.onSubmit()
  }
  return (
    <form className="gw-form" onSubmit={submit} noValidate aria-label={props.label}>
      {props.children}
      <Button type="submit" variant="primary" busy={props.busy}>
        {props.submit}
      </Button>
      <div style={{ flexBasis: '100%' }}>
        <FormError error={props.error} fields={props.fields} />
      </div>
    </form>
  )
}
