// The one way the console talks to the management API: relative URLs under /api/ on its own origin, JSON (or CSV)
// in, JSON out, every error as a typed ApiError. A 401 triggers one shared ("single-flight") token refresh and a
// single retry; when the refresh token is refused the session ends and the router sends the user to the login page.

import { API_PREFIX } from '@/config/constants'
import type { TokenPair } from '@/types/api'
import { ApiError, errorFromResponse, networkError } from './api-error'
import { session } from './auth/session'
import { tokenStore } from './auth/token-store'

type QueryValue = string | number | boolean | null | undefined

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: Record<string, QueryValue>
  /** Sent as application/json. */
  json?: unknown
  /** Sent as text/csv (imports). */
  csv?: string
  signal?: AbortSignal
  /** Login and refresh: no access token is sent and a 401 is the answer, not a reason to refresh. */
  anonymous?: boolean
}

/** Builds "/api/..." plus a query string without empty values. Refuses anything that is not a relative API path. */
export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!path.startsWith(API_PREFIX) || path.includes('//') || path.includes('..')) {
    throw new Error(`API paths must be relative and start with ${API_PREFIX}: ${path}`)
  }
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.append(key, String(value))
  }
  const qs = params.toString()
  return qs.length > 0 ? `${path}?${qs}` : path
}

async function send(url: string, options: RequestOptions, accessToken: string | null): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' }
  let body: string | undefined
  if (options.csv !== undefined) {
    headers['Content-Type'] = 'text/csv; charset=utf-8'
    body = options.csv
  } else if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.json)
  }
  if (accessToken !== null) headers.Authorization = `Bearer ${accessToken}`
  try {
    return await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      body,
      signal: options.signal,
      credentials: 'same-origin',
      cache: 'no-store',
    })
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    throw networkError(cause)
  }
}

async function parse<T>(response: Response): Promise<T> {
  if (!response.ok) throw await errorFromResponse(response)
  if (response.status === 204) return undefined as T
  const text = await response.text()
  if (text.length === 0) return undefined as T
  const type = response.headers.get('Content-Type') ?? ''
  return (type.includes('json') ? JSON.parse(text) : text) as T
}

let refreshing: Promise<boolean> | null = null

/**
 * Exchanges the refresh token for a new pair. Concurrent callers share one request: refresh tokens rotate, and a
 * second request with the same (now old) token would look like a replay and end the session on the server.
 * Resolves false when the server refused the token (the session is then over); rejects on network or server errors.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= doRefresh().finally(() => {
    refreshing = null
  })
  return refreshing
}

async function doRefresh(): Promise<boolean> {
  const refreshToken = tokenStore.refreshToken()
  if (refreshToken === null) {
    endSession()
    return false
  }
  const response = await send(buildUrl('/api/auth/refresh'), { method: 'POST', json: { refreshToken } }, null)
  if (response.ok) {
    session.begin((await response.json()) as TokenPair)
    return true
  }
  if (response.status >= 400 && response.status < 500) {
    endSession()
    return false
  }
  throw await errorFromResponse(response)
}

function endSession(): void {
  if (session.get().status !== 'signed-out') session.end('expired')
}

/** On start-up: turns a refresh token left by an earlier page load of this tab into a signed-in session. */
export async function restoreSession(): Promise<void> {
  if (tokenStore.refreshToken() === null) return
  try {
    await refreshSession()
  } catch {
    session.end('unreachable')
  }
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const url = buildUrl(path, options.query)
  if (options.anonymous === true) return parse<T>(await send(url, options, null))
  if (tokenStore.accessToken() === null && tokenStore.refreshToken() !== null) await refreshSession()
  const used = tokenStore.accessToken()
  let response = await send(url, options, used)
  if (response.status === 401) {
    const current = tokenStore.accessToken()
    // another request may already have refreshed while this one was on its way: then just retry with the new token
    const renewed = current !== null && current !== used ? true : await refreshSession()
    if (renewed) response = await send(url, options, tokenStore.accessToken())
  }
  return parse<T>(response)
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'json' | 'csv'>) => apiRequest<T>(path, options),
  post: <T>(path: string, json?: unknown, options?: Omit<RequestOptions, 'method' | 'json'>) =>
    apiRequest<T>(path, { ...options, method: 'POST', json }),
  put: <T>(path: string, json: unknown, options?: Omit<RequestOptions, 'method' | 'json'>) =>
    apiRequest<T>(path, { ...options, method: 'PUT', json }),
  patch: <T>(path: string, json: unknown, options?: Omit<RequestOptions, 'method' | 'json'>) =>
    apiRequest<T>(path, { ...options, method: 'PATCH', json }),
  delete: <T = void>(path: string, options?: Omit<RequestOptions, 'method' | 'json'>) =>
    apiRequest<T>(path, { ...options, method: 'DELETE' }),
}

export { ApiError }

/**
 * Reads a server-sent-event stream (GET, bearer token in the header, which EventSource cannot send) and calls
 * `onEvent(name, data)` per event until `signal` aborts or the server closes it. Resolves when the stream ends.
 */
export async function streamEvents(path: string, onEvent: (name: string, data: string) => void, signal: AbortSignal): Promise<void> {
  if (tokenStore.accessToken() === null && tokenStore.refreshToken() !== null) await refreshSession()
  const headers: Record<string, string> = { Accept: 'text/event-stream' }
  const token = tokenStore.accessToken()
  if (token !== null) headers.Authorization = `Bearer ${token}`
  const response = await fetch(buildUrl(path), { headers, signal, credentials: 'same-origin', cache: 'no-store' })
  if (response.status === 401) {
    await refreshSession()
    return
  }
  if (!response.ok || response.body === null) throw await errorFromResponse(response)
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (done) return
    buffer += value
    let end = buffer.indexOf('\n\n')
    while (end >= 0) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      let name = 'message'
      const data: string[] = []
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) name = line.slice(6).trim()
        else if (line.startsWith('data:')) data.push(line.slice(5).trimStart())
      }
      if (data.length > 0) onEvent(name, data.join('\n')) // blank keep-alive blocks carry no event
      end = buffer.indexOf('\n\n')
    }
  }
}
