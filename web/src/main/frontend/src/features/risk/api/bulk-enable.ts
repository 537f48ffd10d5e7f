import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from '@/lib/query-client'
import type { RiskRule } from '../types'
import { riskKeys } from './get-risk-rules'

export function bulkEnable(ruleIds: string[], enabled: boolean): Promise<RiskRule[]> {
  return api.post<RiskRule[]>('/api/gateway/risk-rules/bulk-enable', { ruleIds, enabled })
}

export function useBulkEnable() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ ruleIds, enabled }: { ruleIds: string[]; enabled: boolean }) => bulkEnable(ruleIds, enabled),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: riskKeys.list }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit.all }),
      ])
    },
  })
}
