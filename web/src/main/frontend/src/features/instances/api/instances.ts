import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from '@/lib/query-client'
import type { Page } from '@/types/api'
import type { Capacity, Command, CreateInstanceInput, Instance } from '../types'

export function getInstances(page: number, signal?: AbortSignal): Promise<Page<Instance>> {
  return api.get<Page<Instance>>('/api/instances', { query: { page, size: 50 }, signal })
}

export function useInstances(page: number) {
  return useQuery({
    queryKey: queryKeys.instances.list({ page }),
    queryFn: ({ signal }) => getInstances(page, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 15_000, // agent liveness ages without events; live updates cover everything else
  })
}

export function useInstance(id: number) {
  return useQuery({
    queryKey: queryKeys.instances.detail(id),
    queryFn: ({ signal }) => api.get<Instance>(`/api/instances/${String(id)}`, { signal }),
    refetchInterval: 10_000,
  })
}

export function useCommands(id: number) {
  return useQuery({
    queryKey: queryKeys.instances.commands(id),
    queryFn: ({ signal }) => api.get<Command[]>(`/api/instances/${String(id)}/commands`, { signal, query: { limit: 50 } }),
  })
}

export function useCapacity() {
  return useQuery({
    queryKey: queryKeys.instances.capacity,
    queryFn: ({ signal }) => api.get<Capacity>('/api/cluster/capacity', { signal }),
  })
}

function useInvalidating<T, R>(fn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.instances.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit.all }),
      ])
    },
  })
}

export function useCreateInstance() {
  return useInvalidating((input: CreateInstanceInput) => api.post<Instance>('/api/instances', input))
}

export type InstanceAction = 'start' | 'stop' | 'restart' | 'delete'

export function instanceAction(id: number, action: InstanceAction): Promise<Instance> {
  return action === 'delete' ? api.delete<Instance>(`/api/instances/${String(id)}`) : api.post<Instance>(`/api/instances/${String(id)}/${action}`)
}

export function useInstanceAction() {
  return useInvalidating(({ ids, action }: { ids: number[]; action: InstanceAction }) =>
    action === 'delete' && ids.length > 1
      ? api.post<Instance[]>('/api/instances/batch-delete', { ids })
      : Promise.all(ids.map((id) => instanceAction(id, action))),
  )
}

export function useIssueCommand(id: number) {
  return useInvalidating((input: { type: string; payload?: unknown }) => api.post<Command>(`/api/instances/${String(id)}/commands`, input))
}
