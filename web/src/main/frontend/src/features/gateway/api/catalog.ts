import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { AccessList, Alias, Limit, ModelDeployment, Price, Provider } from '../types'
import { gatewayKeys } from './keys'

function useList<T>(key: readonly unknown[], path: string) {
  return useQuery({ queryKey: key, queryFn: ({ signal }) => api.get<T[]>(path, { signal }) })
}

export const useProviders = () => useList<Provider>(gatewayKeys.providers, '/api/gateway/providers')
export const useModels = () => useList<ModelDeployment>(gatewayKeys.models, '/api/gateway/models')
export const useAliases = () => useList<Alias>(gatewayKeys.aliases, '/api/gateway/aliases')
export const usePrices = () => useList<Price>(gatewayKeys.prices, '/api/gateway/prices')
export const useLimits = () => useList<Limit>(gatewayKeys.limits, '/api/gateway/limits')
export const useAccessLists = () => useList<AccessList>(gatewayKeys.access, '/api/gateway/access')

/** A mutation that refreshes the gateway's admin lists afterwards (the catalog is small). */
export function useCatalogMutation<V>(call: (vars: V) => Promise<unknown>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: call,
    onSuccess: () => client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'gateway' && q.queryKey[1] !== 'keys' }),
  })
}

export const createProvider = (body: unknown) => api.post('/api/gateway/providers', body)
export const deleteProvider = (id: number) => api.delete(`/api/gateway/providers/${String(id)}`)
export const discoverModels = (id: number) => api.post<{ models: string[] }>(`/api/gateway/providers/${String(id)}/discover`)
export const createModel = (body: unknown) => api.post('/api/gateway/models', body)
export const deleteModel = (id: number) => api.delete(`/api/gateway/models/${String(id)}`)
export const putAlias = (body: Alias) => api.put('/api/gateway/aliases', body)
export const deleteAlias = (alias: string) => api.delete(`/api/gateway/aliases/${encodeURIComponent(alias)}`)
export const addPrice = (body: unknown) => api.post('/api/gateway/prices', body)
export const addLimit = (body: unknown) => api.post('/api/gateway/limits', body)
export const deleteLimit = (id: number) => api.delete(`/api/gateway/limits/${String(id)}`)
export const putAccess = (body: unknown) => api.put('/api/gateway/access', body)
export const deleteAccess = (id: number) => api.delete(`/api/gateway/access/${String(id)}`)
