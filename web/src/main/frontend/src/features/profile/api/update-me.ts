import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { session } from '@/lib/auth/session'
import { queryKeys } from '@/lib/query-client'
import type { User } from '@/types/api'

export interface ProfileInput {
  displayName?: string
  email?: string
}

export function updateMe(input: ProfileInput): Promise<User> {
  return api.patch<User>('/api/users/me', input)
}

export function useUpdateMe() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateMe,
    onSuccess: async (user) => {
      queryClient.setQueryData(queryKeys.me.profile, user)
      session.updateUser(user) // the header shows the new display name at once
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.users.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit.all }),
      ])
    },
  })
}
