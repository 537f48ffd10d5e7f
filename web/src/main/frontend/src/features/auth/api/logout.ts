import { useMutation } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { session } from '@/lib/auth/session'

/** Ends the session on the server (its tokens stop working at once), then forgets it here whatever the answer. */
export async function logout(): Promise<void> {
  try {
    await api.post<undefined>('/api/auth/logout')
  } finally {
    session.end('logout')
  }
}

export function useLogout() {
  return useMutation({ mutationFn: logout })
}
