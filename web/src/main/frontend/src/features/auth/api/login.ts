import { useMutation } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { session } from '@/lib/auth/session'
import type { TokenPair } from '@/types/api'

export interface Credentials {
  username: string
  password: string
}

export function login(credentials: Credentials): Promise<TokenPair> {
  return api.post<TokenPair>('/api/auth/login', credentials, { anonymous: true })
}

export function useLogin() {
  return useMutation({
    mutationFn: login,
    onSuccess: (pair) => {
      session.begin(pair)
    },
  })
}
