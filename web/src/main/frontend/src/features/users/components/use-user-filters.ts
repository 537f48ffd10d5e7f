import { useCallback } from 'react'
import { useSearchParams } from 'react-router'
import { DEFAULT_PAGE_SIZE } from '@/config/constants'
import { ROLES, USER_STATUSES, type Role, type UserStatus } from '@/types/api'
import type { UserFilters } from '../types'

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | '' {
  return allowed.find((a) => a === value) ?? ''
}

function whole(value: string | null, fallback: number, min: number): number {
  const n = Number(value)
  return value !== null && Number.isInteger(n) && n >= min ? n : fallback
}

export function filtersFrom(params: URLSearchParams): UserFilters {
  return {
    q: params.get('q') ?? '',
    role: oneOf<Role>(params.get('role'), ROLES),
    status: oneOf<UserStatus>(params.get('status'), USER_STATUSES),
    page: whole(params.get('page'), 0, 0),
    size: whole(params.get('size'), DEFAULT_PAGE_SIZE, 1),
  }
}

function paramsFrom(filters: UserFilters): URLSearchParams {
  const out = new URLSearchParams()
  if (filters.q !== '') out.set('q', filters.q)
  if (filters.role !== '') out.set('role', filters.role)
  if (filters.status !== '') out.set('status', filters.status)
  if (filters.page > 0) out.set('page', String(filters.page))
  if (filters.size !== DEFAULT_PAGE_SIZE) out.set('size', String(filters.size))
  return out
}

/** The list filters live in the URL, so a filtered page can be bookmarked and Back works as expected. */
export function useUserFilters(): [UserFilters, (change: Partial<UserFilters>) => void] {
  const [params, setParams] = useSearchParams()
  const update = useCallback(
    (change: Partial<UserFilters>) => {
      // computed from the current URL, not from a render's snapshot: a late debounced search must not undo a filter
      setParams((current) => paramsFrom({ ...filtersFrom(current), ...change, page: change.page ?? 0 }), {
        replace: change.page === undefined,
      })
    },
    [setParams],
  )
  return [filtersFrom(params), update]
}
