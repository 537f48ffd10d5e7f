import { useCallback } from 'react'
import { useSearchParams } from 'react-router'
import { DEFAULT_PAGE_SIZE } from '@/config/constants'
import type { AuditFilters } from '../types'

const TEXT_KEYS = ['actor', 'action', 'targetType', 'targetId', 'from', 'to'] as const

export function auditFiltersFrom(params: URLSearchParams): AuditFilters {
  const outcome = params.get('outcome')
  const page = Number(params.get('page'))
  const size = Number(params.get('size'))
  return {
    actor: params.get('actor') ?? '',
    action: params.get('action') ?? '',
    targetType: params.get('targetType') ?? '',
    targetId: params.get('targetId') ?? '',
    outcome: outcome === 'success' || outcome === 'failure' ? outcome : '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 0,
    size: Number.isInteger(size) && size > 0 ? size : DEFAULT_PAGE_SIZE,
  }
}

function paramsFrom(f: AuditFilters): URLSearchParams {
  const out = new URLSearchParams()
  for (const key of TEXT_KEYS) if (f[key] !== '') out.set(key, f[key])
  if (f.outcome !== '') out.set('outcome', f.outcome)
  if (f.page > 0) out.set('page', String(f.page))
  if (f.size !== DEFAULT_PAGE_SIZE) out.set('size', String(f.size))
  return out
}

/** Filters in the URL: an admin can send a colleague the link to exactly these entries. */
export function useAuditFilters(): [AuditFilters, (change: Partial<AuditFilters>) => void] {
  const [params, setParams] = useSearchParams()
  const update = useCallback(
    (change: Partial<AuditFilters>) => {
      setParams((current) => paramsFrom({ ...auditFiltersFrom(current), ...change, page: change.page ?? 0 }))
    },
    [setParams],
  )
  return [auditFiltersFrom(params), update]
}
