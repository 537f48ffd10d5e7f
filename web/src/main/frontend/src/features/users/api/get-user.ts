import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from '@/lib/query-client'
import type { User } from '@/types/api'

export function getUser(id: number, signal?: AbortSignal): Promise<User> {
  return api.get<User>(`/api/users/${String(id)}`, { signal })
}

/** One user, starting from the row the list already has so the drawer opens without a spinner. */
export function useUser(initial: User) {
  return useQuery({
    queryKey: queryKeys.users.detail(initial.id),
    queryFn: ({ signal }) => getUser(initial.id, signal),
    initialData: initial,
    initialDataUpdatedAt: 0, // the list row may be old: fetch a fresh copy at once
  })
}
