import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from '@/lib/query-client'
import type { Page } from '@/types/api'
import type { AuditEntry, AuditFilters } from '../types'

export function getAuditEntries(filters: AuditFilters, signal?: AbortSignal): Promise<Page<AuditEntry>> {
  return api.get<Page<AuditEntry>>('/api/audit', { query: { ...filters }, signal })
}

export function useAuditEntries(filters: AuditFilters) {
  return useQuery({
    queryKey: queryKeys.audit.list({ ...filters }),
    queryFn: ({ signal }) => getAuditEntries(filters, signal),
    placeholderData: keepPreviousData,
  })
}
