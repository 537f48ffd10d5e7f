import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { CreatedKey, GatewayKey } from '../types'

export const gatewayKeys = {
  keys: (all: boolean) => ['gateway', 'keys', all] as const,
  providers: ['gateway', 'providers'] as const,
  models: ['gateway', 'models'] as const,
  aliases: ['gateway', 'aliases'] as const,
  prices: ['gateway', 'prices'] as const,
  limits: ['gateway', 'limits'] as const,
  access: ['gateway', 'access'] as const,
  records: (filters: Record<string, unknown>) => ['gateway', 'records', filters] as const,
  record: (traceId: string) => ['gateway', 'record', traceId] as const,
  analytics: (query: Record<string, unknown>) => ['gateway', 'analytics', query] as const,
}

export function useGatewayKeys(all: boolean) {
  return useQuery({
    queryKey: gatewayKeys.keys(all),
    queryFn: ({ signal }) => api.get<GatewayKey[]>('/api/gateway/keys', { query: { all }, signal }),
  })
}

export interface NewKey {
  name: string
  allowedModels?: string[]
  expiresInDays?: number
}

export function useCreateKey() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: NewKey) => api.post<CreatedKey>('/api/gateway/keys', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['gateway', 'keys'] }),
  })
}

export function useRotateKey() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: number) => api.post<CreatedKey>(`/api/gateway/keys/${String(id)}/rotate`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['gateway', 'keys'] }),
  })
}

export function useRevokeKey() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: number) => api.delete(`/api/gateway/keys/${String(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['gateway', 'keys'] }),
  })
}
