import { describe, expect, it } from 'vitest'
import { ApiError } from './api-error'
import { shouldRetry } from './query-client'

const error = (status: number) => new ApiError({ status, code: 'x', detail: 'x' })

describe('shouldRetry', () => {
  it('retries network failures and server errors once', () => {
    expect(shouldRetry(0, error(0))).toBe(true)
    expect(shouldRetry(0, error(503))).toBe(true)
    expect(shouldRetry(1, error(503))).toBe(false)
  })

  it('never retries client errors: the answer would be the same', () => {
    for (const status of [400, 401, 403, 404, 409, 422, 429]) expect(shouldRetry(0, error(status))).toBe(false)
  })
})
