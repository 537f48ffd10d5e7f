import { describe, expect, it } from 'vitest'
import { REFRESH_TOKEN_KEY } from '@/config/constants'
import { json, mockFetch, problem, tokenPair } from '@/testing/fetch-mock'
import { api, apiRequest, buildUrl, restoreSession } from './api-client'
import { ApiError } from './api-error'
import { session } from './auth/session'
import { tokenStore } from './auth/token-store'

function signIn(access = 'old-access', refresh = 'refresh-1') {
  session.begin(tokenPair(access, refresh))
}

describe('buildUrl', () => {
  it('accepts only relative /api/ paths', () => {
    for (const bad of ['http://evil.example/api/users', '//evil.example/api/users', 'api/users', '/v2/users', '/api/../admin', '/api//users']) {
      expect(() => buildUrl(bad)).toThrow(/relative/)
    }
  })

  it('adds the query without empty values', () => {
    expect(buildUrl('/api/users', { q: 'al ice', role: '', status: undefined, page: 0, size: 20, x: null })).toBe('/api/users?q=al+ice&page=0&size=20')
  })
})

describe('apiRequest', () => {
  it('sends JSON with the access token and parses the JSON answer', async () => {
    signIn()
    const calls = mockFetch(() => json({ id: 7 }, 201))
    const result = await api.post<{ id: number }>('/api/users', { username: 'zoe' })
    expect(result).toEqual({ id: 7 })
    expect(calls).toHaveLength(1)
    expect(calls[0]?.method).toBe('POST')
    expect(calls[0]?.url).toBe('/api/users')
    expect(calls[0]?.headers.Authorization).toBe('Bearer old-access')
    expect(calls[0]?.headers['Content-Type']).toBe('application/json')
    expect(calls[0]?.body).toBe('{"username":"zoe"}')
  })

  it('sends CSV unchanged as text/csv', async () => {
    signIn()
    const calls = mockFetch(() => json({ total: 0, imported: 0, rejected: 0, rows: [] }))
    await api.post('/api/users/import', undefined, { csv: 'username\nzoe\n' })
    expect(calls[0]?.headers['Content-Type']).toBe('text/csv; charset=utf-8')
    expect(calls[0]?.body).toBe('username\nzoe\n')
  })

  it('answers undefined for 204 No Content', async () => {
    signIn()
    mockFetch(() => new Response(null, { status: 204 }))
    await expect(api.delete('/api/users/3')).resolves.toBeUndefined()
  })

  it('throws the problem as ApiError', async () => {
    signIn()
    mockFetch(() => problem(409, 'last-admin', 'cannot delete the last active admin'))
    const error: unknown = await api.delete('/api/users/1').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(409)
    expect((error as ApiError).detail).toBe('cannot delete the last active admin')
  })

  it('turns a failed connection into an ApiError with status 0', async () => {
    signIn()
    mockFetch(() => Promise.reject(new TypeError('Failed to fetch')))
    await expect(api.get('/api/users')).rejects.toMatchObject({ status: 0, code: 'network-error' })
  })
})

describe('token refresh', () => {
  it('refreshes once for concurrent 401s and retries each request with the new token', async () => {
    signIn('old-access', 'refresh-1')
    const calls = mockFetch(async (call) => {
      if (call.url === '/api/auth/refresh') {
        await new Promise((r) => setTimeout(r, 10)) // the other requests arrive while this one is on its way
        return json(tokenPair('new-access', 'refresh-2'))
      }
      return call.headers.Authorization === 'Bearer new-access' ? json({ url: call.url }) : problem(401, 'unauthenticated', 'a valid access token is required')
    })
    const results = await Promise.all([api.get('/api/users'), api.get('/api/audit'), api.get('/api/users/me')])
    expect(results).toEqual([{ url: '/api/users' }, { url: '/api/audit' }, { url: '/api/users/me' }])
    const refreshes = calls.filter((c) => c.url === '/api/auth/refresh')
    expect(refreshes).toHaveLength(1)
    expect(JSON.parse(refreshes[0]?.body ?? '{}')).toEqual({ refreshToken: 'refresh-1' })
    expect(refreshes[0]?.headers.Authorization).toBeUndefined()
    expect(tokenStore.accessToken()).toBe('new-access')
    expect(sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-2')
  })

  it('retries only once: a second 401 is the answer', async () => {
    signIn()
    const calls = mockFetch((call) =>
      call.url === '/api/auth/refresh' ? json(tokenPair('new-access', 'refresh-2')) : problem(401, 'session-ended', 'this session has ended; log in again'),
    )
    await expect(api.get('/api/users')).rejects.toMatchObject({ status: 401, code: 'session-ended' })
    expect(calls.map((c) => c.url)).toEqual(['/api/users', '/api/auth/refresh', '/api/users'])
  })

  it('ends the session when the refresh token is refused', async () => {
    signIn()
    mockFetch((call) =>
      call.url === '/api/auth/refresh'
        ? problem(401, 'invalid-refresh-token', 'refresh token is invalid, expired or revoked')
        : problem(401, 'unauthenticated', 'a valid access token is required'),
    )
    await expect(api.get('/api/users')).rejects.toMatchObject({ status: 401 })
    expect(session.get()).toMatchObject({ status: 'signed-out', user: null, endReason: 'expired' })
    expect(tokenStore.accessToken()).toBeNull()
    expect(sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull()
  })

  it('does not refresh for anonymous calls such as login: their 401 is the answer', async () => {
    const calls = mockFetch(() => problem(401, 'invalid-credentials', 'username or password is wrong'))
    await expect(apiRequest('/api/auth/login', { method: 'POST', json: {}, anonymous: true })).rejects.toMatchObject({
      code: 'invalid-credentials',
      detail: 'username or password is wrong',
    })
    expect(calls).toHaveLength(1)
    expect(calls[0]?.headers.Authorization).toBeUndefined()
  })

  it('gets an access token first when the page was reloaded (refresh token only)', async () => {
    sessionStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-1')
    const calls = mockFetch((call) => (call.url === '/api/auth/refresh' ? json(tokenPair('new-access', 'refresh-2')) : json([])))
    await api.get('/api/users')
    expect(calls.map((c) => c.url)).toEqual(['/api/auth/refresh', '/api/users'])
    expect(calls[1]?.headers.Authorization).toBe('Bearer new-access')
  })
})

describe('restoreSession', () => {
  it('signs in with the stored refresh token', async () => {
    sessionStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-1')
    mockFetch(() => json(tokenPair('new-access', 'refresh-2', 'user')))
    await restoreSession()
    expect(session.get()).toMatchObject({ status: 'signed-in', user: { username: 'dana', role: 'user' } })
  })

  it('ends with a reason the login page can show when the server is unreachable', async () => {
    sessionStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-1')
    mockFetch(() => Promise.reject(new TypeError('Failed to fetch')))
    await restoreSession()
    expect(session.get()).toMatchObject({ status: 'signed-out', endReason: 'unreachable' })
  })

  it('does nothing without a stored refresh token', async () => {
    const calls = mockFetch(() => json({}))
    await restoreSession()
    expect(calls).toHaveLength(0)
  })
})
