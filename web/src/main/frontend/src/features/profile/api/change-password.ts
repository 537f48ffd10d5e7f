import { useMutation } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { session } from '@/lib/auth/session'
import type { TokenPair } from '@/types/api'

export interface PasswordChange {
  currentPassword: string
  newPassword: string
}

/** The server ends every session of the user and answers with a fresh pair for this one. */
export function changePassword(change: PasswordChange): Promise<TokenPair> {
  return api.post<TokenPair>('/api/auth/password', change)
}

export function useChangePassword() {
  return useMutation({
    mutationFn: changePassword,
    onSuccess: (pair) => {
      session.begin(pair)
    },
  })
}
