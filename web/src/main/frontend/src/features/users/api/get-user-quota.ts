import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from '@/lib/query-client'
import type { Quota } from '@/types/api'

export function getUserQuota(id: number, signal?: AbortSignal): Promise<Quota> {
  return api.get<Quota>(`/api/users/${String(id)}/quota`, { signal })
}

export function useUserQuota(id: number) {
  return useQuery({ queryKey: queryKeys.users.quota(id), queryFn: ({ signal }) => getUserQuota(id, signal) })
}
