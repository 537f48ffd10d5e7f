import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from '@/lib/query-client'
import type { ImportReport } from '../types'

/** Sends the CSV as it is (text/csv); the server validates every row and reports each one. */
export function importUsers(csv: string): Promise<ImportReport> {
  return api.post<ImportReport>('/api/users/import', undefined, { csv })
}

export function useImportUsers() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: importUsers,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.users.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit.all }),
      ])
    },
  })
}
