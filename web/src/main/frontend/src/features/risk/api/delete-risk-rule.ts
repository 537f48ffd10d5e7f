import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from '@/lib/query-client'
import { riskKeys } from './get-risk-rules'

export function deleteRiskRule(ruleId: string): Promise<void> {
  return api.delete(`/api/gateway/risk-rules/${encodeURIComponent(ruleId)}`)
}

export function useDeleteRiskRule() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteRiskRule,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: riskKeys.list }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit.all }),
      ])
    },
  })
}
