import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { RiskRule } from '../types'

export const riskKeys = {
  all: ['risk-rules'] as const,
  list: ['risk-rules', 'list'] as const,
  detectors: ['risk-rules', 'detectors'] as const,
}

export function getRiskRules(signal?: AbortSignal): Promise<RiskRule[]> {
  return api.get<RiskRule[]>('/api/gateway/risk-rules', { signal })
}

export function useRiskRules() {
  return useQuery({ queryKey: riskKeys.list, queryFn: ({ signal }) => getRiskRules(signal) })
}
