// TanStack Query defaults for the console. Client errors (4xx) are answers, not glitches: retrying them only
// repeats the same problem, so only network failures and 5xx are retried, once.

import { QueryClient } from '@tanstack/react-query'
import { isApiError } from './api-error'

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1) return false
  return !isApiError(error) || error.status === 0 || error.status >= 500
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 10_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  })
}

/** Query keys per resource, so a mutation can invalidate exactly the lists it changed. */
export const queryKeys = {
  users: {
    all: ['users'] as const,
    lists: ['users', 'list'] as const,
    list: (filters: Record<string, unknown>) => ['users', 'list', filters] as const,
    detail: (id: number) => ['users', 'detail', id] as const,
    quota: (id: number) => ['users', 'quota', id] as const,
  },
  me: {
    all: ['me'] as const,
    profile: ['me', 'profile'] as const,
    quota: ['me', 'quota'] as const,
  },
  instances: {
    all: ['instances'] as const,
    list: (filters: Record<string, unknown>) => ['instances', 'list', filters] as const,
    detail: (id: number) => ['instances', 'detail', id] as const,
    commands: (id: number) => ['instances', 'commands', id] as const,
    capacity: ['instances', 'capacity'] as const,
  },
  audit: {
    all: ['audit'] as const,
    list: (filters: Record<string, unknown>) => ['audit', 'list', filters] as const,
  },
}
