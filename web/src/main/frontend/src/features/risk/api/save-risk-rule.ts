import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from '@/lib/query-client'
import type { RiskRule, RiskRuleInput } from '../types'
import { riskKeys } from './get-risk-rules'

/** Creates a rule, or replaces the rule {@code ruleId} as a whole when editing. */
export function saveRiskRule(input: RiskRuleInput, editing: string | null): Promise<RiskRule> {
  return editing === null
    ? api.post<RiskRule>('/api/gateway/risk-rules', input)
    : api.put<RiskRule>(`/api/gateway/risk-rules/${encodeURIComponent(editing)}`, input)
}

export function useSaveRiskRule(editing: string | null) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: RiskRuleInput) => saveRiskRule(input, editing),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: riskKeys.list }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit.all }),
      ])
    },
  })
}
