import { describe, expect, it } from 'vitest'
import { problem } from '@/testing/fetch-mock'
import { ApiError, describeError, errorFromResponse, networkError } from './api-error'

describe('errorFromResponse', () => {
  it('reads status, code, detail and field errors from problem+json', async () => {
    const error = await errorFromResponse(
      problem(400, 'invalid-input', '2 fields are invalid', {
        errors: [
          { field: 'email', message: 'must be a well-formed email address' },
          { field: 'username', message: 'must be 3-64 lower-case letters' },
          { field: 42, message: 'not a field error' },
        ],
      }, { 'X-Request-Id': 'req-12345678' }),
    )
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
    expect(error.code).toBe('invalid-input')
    expect(error.detail).toBe('2 fields are invalid')
    expect(error.fieldErrors).toHaveLength(2)
    expect(error.fieldError('email')).toBe('must be a well-formed email address')
    expect(error.fieldErrorMap()).toEqual({ email: 'must be a well-formed email address', username: 'must be 3-64 lower-case letters' })
    expect(error.requestId).toBe('req-12345678')
  })

  it('reads Retry-After of a 429 in seconds', async () => {
    const error = await errorFromResponse(problem(429, 'login-throttled', 'too many failed logins; try again later', {}, { 'Retry-After': '120' }))
    expect(error.retryAfter).toBe(120)
    expect(error.code).toBe('login-throttled')
  })

  it('falls back to the status when the body is not JSON (a proxy error page)', async () => {
    const error = await errorFromResponse(new Response('<html>Bad gateway</html>', { status: 502 }))
    expect(error.status).toBe(502)
    expect(error.code).toBe('http-502')
    expect(error.detail).toBe('request failed (HTTP 502)')
    expect(error.fieldErrors).toEqual([])
    expect(error.problem).toBeNull()
  })

  it('gives known statuses a readable detail when the body has none', async () => {
    const error = await errorFromResponse(new Response('', { status: 403 }))
    expect(error.detail).toBe('your role does not allow this')
  })
})

describe('networkError and describeError', () => {
  it('describes a failed connection as status 0', () => {
    const error = networkError(new TypeError('Failed to fetch'))
    expect(error.status).toBe(0)
    expect(error.code).toBe('network-error')
    expect(describeError(error)).toMatch(/could not be reached/)
  })

  it('describes plain errors and unknown values', () => {
    expect(describeError(new Error('boom'))).toBe('boom')
    expect(describeError('nope')).toBe('something went wrong')
  })
})
