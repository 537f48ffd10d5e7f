import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { riskKeys } from './get-risk-rules'

export function getDetectors(signal?: AbortSignal): Promise<Record<string, string>> {
  return api.get<Record<string, string>>('/api/gateway/risk-rules/detectors', { signal })
}

export function useDetectors() {
  return useQuery({ queryKey: riskKeys.detectors, queryFn: ({ signal }) => getDetectors(signal), staleTime: Infinity })
}
