import { describe, expect, it } from 'vitest'
import { mockFetch, tokenPair } from '@/testing/fetch-mock'
import { streamEvents } from './api-client'
import { session } from './auth/session'

function sse(...chunks: string[]): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(new TextEncoder().encode(c))
      controller.close()
    },
  })
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } })
}

describe('streamEvents', () => {
  it('sends the bearer token, skips blank blocks and joins events split across chunks', async () => {
    session.begin(tokenPair('acc', 'ref'))
    const calls = mockFetch(() => sse('\n\nevent: ready\ndata: {}\n\n', 'event: instance\ndata: {"id":', '4}\n\nevent: command\ndata: {"instanceId":4}\n\n'))
    const seen: [string, string][] = []
    await streamEvents('/api/instances/events', (name, data) => seen.push([name, data]), new AbortController().signal)
    expect(calls[0]?.headers.Authorization).toBe('Bearer acc')
    expect(seen).toEqual([
      ['ready', '{}'],
      ['instance', '{"id":4}'],
      ['command', '{"instanceId":4}'],
    ])
  })
})
