import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { streamEvents } from '@/lib/api-client'
import { queryKeys } from '@/lib/query-client'

/**
 * Keeps instance data fresh from the server's event stream (instance status, command progress, from any replica):
 * every event refetches the affected queries. Reconnects with a growing pause when the stream drops.
 */
export function useLiveUpdates(): boolean {
  const queryClient = useQueryClient()
  const [connected, setConnected] = useState(false)
  useEffect(() => {
    const abort = new AbortController()
    let pause = 1000
    const loop = async () => {
      while (!abort.signal.aborted) {
        try {
          await streamEvents(
            '/api/instances/events',
            (name, data) => {
              if (name === 'ready') {
                setConnected(true)
                pause = 1000
                return
              }
              let event: { id?: number; instanceId?: number } = {}
              try {
                event = JSON.parse(data) as typeof event
              } catch {
                // not JSON: refresh the lists only
              }
              const id = name === 'command' ? event.instanceId : event.id
              void queryClient.invalidateQueries({ queryKey: ['instances', 'list'] })
              if (id !== undefined) {
                void queryClient.invalidateQueries({ queryKey: queryKeys.instances.detail(id) })
                void queryClient.invalidateQueries({ queryKey: queryKeys.instances.commands(id) })
              }
            },
            abort.signal,
          )
        } catch {
          // dropped or refused: retry below
        }
        setConnected(false)
        await new Promise((resolve) => setTimeout(resolve, pause))
        pause = Math.min(pause * 2, 30_000)
      }
    }
    void loop()
    return () => {
      abort.abort()
    }
  }, [queryClient])
  return connected
}
