import { Link } from 'react-router'
import { useDocumentTitle } from '@/hooks/use-document-title'

export function NotFound() {
  useDocumentTitle('Page not found')
  return (
    <section className="state state-blocked" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>There is no page at this address.</p>
      <Link to="/">Go to the start page</Link>
    </section>
  )
}
