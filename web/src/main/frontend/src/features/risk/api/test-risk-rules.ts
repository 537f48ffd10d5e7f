import { useMutation } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { RiskTestResult } from '../types'

export function testRiskRules(text: string, direction: 'request' | 'response'): Promise<RiskTestResult> {
  return api.post<RiskTestResult>('/api/gateway/risk-rules/test', { text, direction })
}

export function useTestRiskRules() {
  return useMutation({ mutationFn: ({ text, direction }: { text: string; direction: 'request' | 'response' }) => testRiskRules(text, direction) })
}
