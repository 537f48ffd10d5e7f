import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from '@/lib/query-client'
import type { Page, User } from '@/types/api'
import type { UserFilters } from '../types'

export function getUsers(filters: UserFilters, signal?: AbortSignal): Promise<Page<User>> {
  return api.get<Page<User>>('/api/users', { query: { ...filters }, signal })
}

export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: queryKeys.users.list({ ...filters }),
    queryFn: ({ signal }) => getUsers(filters, signal),
    placeholderData: keepPreviousData, // keep the table while the next page loads instead of flashing a spinner
  })
}
