import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useEffect, type ReactNode } from 'react'
import { NoticeProvider } from '@/components/ui/notice'
import { session } from '@/lib/auth/session'

/**
 * Everything pages need from above. Cached server data belongs to one user: it is dropped when the session ends or
 * another user signs in, so nobody sees the previous person's lists.
 */
export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  useEffect(() => {
    let owner = session.get().user?.id ?? null
    return session.subscribe(() => {
      const current = session.get().user?.id ?? null
      if (current !== owner) {
        queryClient.clear()
        owner = current
      }
    })
  }, [queryClient])

  return (
    <QueryClientProvider client={queryClient}>
      <NoticeProvider>{children}</NoticeProvider>
    </QueryClientProvider>
  )
}
