import { NavLink } from 'react-router'
import { hasRole } from '@/lib/auth/session'
import type { User } from '@/types/api'
import { AREAS, SECTIONS } from '../areas'

/** The areas this user may use, grouped by section; empty sections are not shown. */
export function Navigation({ user }: { user: User }) {
  const visible = AREAS.filter((a) => hasRole(user, a.roles))
  return (
    <nav className="nav" aria-label="Main">
      {SECTIONS.map((section) => {
        const areas = visible.filter((a) => a.section === section)
        if (areas.length === 0) return null
        return (
          <div key={section} className="nav-section">
            <h2 className="nav-heading">{section}</h2>
            <ul>
              {areas.map((a) => (
                <li key={a.path}>
                  <NavLink to={`/${a.path}`} className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}>
                    {a.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        )
      })}
    </nav>
  )
}
