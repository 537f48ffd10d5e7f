import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from '@/lib/query-client'
import type { User } from '@/types/api'

export function getMe(signal?: AbortSignal): Promise<User> {
  return api.get<User>('/api/users/me', { signal })
}

export function useMe() {
  return useQuery({ queryKey: queryKeys.me.profile, queryFn: ({ signal }) => getMe(signal) })
}
