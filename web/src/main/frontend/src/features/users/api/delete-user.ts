import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from '@/lib/query-client'

export function deleteUser(id: number): Promise<void> {
  return api.delete(`/api/users/${String(id)}`)
}

export function useDeleteUser() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteUser,
    onSuccess: async () => {
      await Promise.all([
        // lists only: the deleted user's own queries would just answer 404
        queryClient.invalidateQueries({ queryKey: queryKeys.users.lists }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit.all }),
      ])
    },
  })
}
