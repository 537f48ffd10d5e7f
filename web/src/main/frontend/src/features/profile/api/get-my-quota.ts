import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from '@/lib/query-client'
import type { Quota } from '@/types/api'

export function getMyQuota(signal?: AbortSignal): Promise<Quota> {
  return api.get<Quota>('/api/users/me/quota', { signal })
}

export function useMyQuota() {
  return useQuery({ queryKey: queryKeys.me.quota, queryFn: ({ signal }) => getMyQuota(signal) })
}
