import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from '@/lib/query-client'
import type { RiskRule } from '../types'
import { riskKeys } from './get-risk-rules'

export function setRiskRuleEnabled(ruleId: string, enabled: boolean): Promise<RiskRule> {
  return api.post<RiskRule>(`/api/gateway/risk-rules/${encodeURIComponent(ruleId)}/${enabled ? 'enable' : 'disable'}`)
}

export function useSetRiskRuleEnabled() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ ruleId, enabled }: { ruleId: string; enabled: boolean }) => setRiskRuleEnabled(ruleId, enabled),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: riskKeys.list }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit.all }),
      ])
    },
  })
}
