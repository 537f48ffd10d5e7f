import { Link } from 'react-router'
import { useDocumentTitle } from '@/hooks/use-document-title'

export function NotAllowed() {
  useDocumentTitle('Not allowed')
  return (
    <section className="state state-blocked" aria-labelledby="not-allowed-title">
      <h1 id="not-allowed-title">Not allowed</h1>
      <p>Your role does not give access to this page. Ask an administrator if you need it.</p>
      <Link to="/">Go to the start page</Link>
    </section>
  )
}
