import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from '@/lib/query-client'
import type { Role, User } from '@/types/api'

export function changeUserRole(id: number, role: Role): Promise<User> {
  return api.put<User>(`/api/users/${String(id)}/role`, { role })
}

export function useChangeUserRole(id: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (role: Role) => changeUserRole(id, role),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.users.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit.all }),
      ])
    },
  })
}
