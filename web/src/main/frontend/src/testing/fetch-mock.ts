// A fetch stand-in for unit tests: each call is recorded and answered by a handler, so tests can assert what the
// client sent (method, URL, headers, body) and script what the server answers.
import { vi } from 'vitest'

export interface Call {
  url: string
  method: string
  headers: Record<string, string>
  body: string | undefined
}

type Handler = (call: Call) => Response | Promise<Response>

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })
}

export function problem(status: number, code: string, detail: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ type: `https://clawmanager.dev/problems/${code}`, title: 'Error', status, detail, code, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  })
}

export function mockFetch(handler: Handler): Call[] {
  const calls: Call[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const call: Call = {
        url: input,
        method: init.method ?? 'GET',
        headers: { ...(init.headers as Record<string, string>) },
        body: typeof init.body === 'string' ? init.body : undefined,
      }
      calls.push(call)
      return handler(call)
    }),
  )
  return calls
}

export const tokenPair = (accessToken: string, refreshToken: string, role: 'admin' | 'operator' | 'user' = 'admin') => ({
  accessToken,
  refreshToken,
  expiresIn: 900,
  refreshExpiresIn: 604800,
  tokenType: 'Bearer',
  user: {
    id: 1,
    username: role === 'admin' ? 'admin' : 'dana',
    displayName: role === 'admin' ? 'Administrator' : 'Dana',
    role,
    status: 'active' as const,
    authProvider: 'local',
    createdAt: '2026-11-24T08:00:00Z',
    updatedAt: '2026-11-24T08:00:00Z',
  },
})
