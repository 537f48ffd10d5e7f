import { useEffect, useRef, useState } from 'react'
import { SelectField, TextField } from '@/components/ui/field'
import { SEARCH_DEBOUNCE_MS } from '@/config/constants'
import { ROLES, USER_STATUSES, type Role, type UserStatus } from '@/types/api'
import type { UserFilters } from '../types'

export function UserFiltersBar({ filters, onChange }: { filters: UserFilters; onChange: (change: Partial<UserFilters>) => void }) {
  const [search, setSearch] = useState(filters.q)
  const [seenQ, setSeenQ] = useState(filters.q)
  const timer = useRef<number | undefined>(undefined)

  // the URL changed under us (Back button, a link): show its search term
  if (filters.q !== seenQ) {
    setSeenQ(filters.q)
    setSearch(filters.q)
  }

  useEffect(
    () => () => {
      window.clearTimeout(timer.current)
    },
    [],
  )

  return (
    <div className="filters" role="search" aria-label="Filter users">
      <TextField
        label="Search"
        type="search"
        placeholder="Username, name or email"
        value={search}
        onChange={(e) => {
          const value = e.target.value
          setSearch(value)
          window.clearTimeout(timer.current)
          // one request when typing pauses, not one per key
          timer.current = window.setTimeout(() => {
            onChange({ q: value.trim() })
          }, SEARCH_DEBOUNCE_MS)
        }}
      />
      <SelectField
        label="Role"
        value={filters.role}
        onChange={(e) => {
          onChange({ role: e.target.value as Role | '' })
        }}
      >
        <option value="">All roles</option>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Status"
        value={filters.status}
        onChange={(e) => {
          onChange({ status: e.target.value as UserStatus | '' })
        }}
      >
        <option value="">Any status</option>
        {USER_STATUSES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </SelectField>
    </div>
  )
}
