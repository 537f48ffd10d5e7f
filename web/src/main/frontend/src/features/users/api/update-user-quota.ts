import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from '@/lib/query-client'
import type { Quota } from '@/types/api'
import type { QuotaInput } from '../types'

export function updateUserQuota(id: number, input: QuotaInput): Promise<Quota> {
  return api.put<Quota>(`/api/users/${String(id)}/quota`, input)
}

export function useUpdateUserQuota(id: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: QuotaInput) => updateUserQuota(id, input),
    onSuccess: async (quota) => {
      queryClient.setQueryData(queryKeys.users.quota(id), quota)
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.me.quota }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit.all }),
      ])
    },
  })
}
