import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { Page } from '@/types/api'
import type { Analytics, GatewayRecord, RecordDetail, RecordFilters } from '../types'
import { gatewayKeys } from './keys'

export function useRecords(filters: RecordFilters) {
  return useQuery({
    queryKey: gatewayKeys.records({ ...filters }),
    queryFn: ({ signal }) => api.get<Page<GatewayRecord>>('/api/gateway/audit', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
  })
}

export function useRecord(traceId: string) {
  return useQuery({
    queryKey: gatewayKeys.record(traceId),
    queryFn: ({ signal }) => api.get<RecordDetail>(`/api/gateway/audit/${encodeURIComponent(traceId)}`, { signal }),
  })
}

export function useAnalytics(groupBy: string, from: string, to: string) {
  const query = { groupBy, from, to }
  return useQuery({
    queryKey: gatewayKeys.analytics(query),
    queryFn: ({ signal }) => api.get<Analytics>('/api/gateway/analytics', { query, signal }),
    placeholderData: keepPreviousData,
  })
}

/** Requests and cost per key over the last 30 days (the caller's own keys; the server scopes it). */
export function useKeyUsage() {
  const query = { groupBy: 'key' }
  return useQuery({
    queryKey: gatewayKeys.analytics(query),
    queryFn: ({ signal }) => api.get<Analytics>('/api/gateway/analytics', { query, signal }),
    staleTime: 0, // keys are used outside the console: show the latest figures whenever the page opens
  })
}
