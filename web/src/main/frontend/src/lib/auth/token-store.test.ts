import { describe, expect, it } from 'vitest'
import { createTokenStore, type TokenStorage } from './token-store'

function memoryStorage(): TokenStorage & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      data.set(k, v)
    },
    removeItem: (k) => {
      data.delete(k)
    },
  }
}

const failing: TokenStorage = {
  getItem: () => {
    throw new Error('SecurityError')
  },
  setItem: () => {
    throw new Error('QuotaExceededError')
  },
  removeItem: () => {
    throw new Error('SecurityError')
  },
}

describe('token store', () => {
  it('keeps the access token in memory only and the refresh token in storage', () => {
    const storage = memoryStorage()
    const store = createTokenStore(storage, 'k')
    store.save({ accessToken: 'access-1', refreshToken: 'refresh-1' })
    expect(store.accessToken()).toBe('access-1')
    expect(store.refreshToken()).toBe('refresh-1')
    expect([...storage.data.entries()]).toEqual([['k', 'refresh-1']])
  })

  it('survives a reload through storage (a new store over the same storage), without the access token', () => {
    const storage = memoryStorage()
    createTokenStore(storage, 'k').save({ accessToken: 'access-1', refreshToken: 'refresh-1' })
    const reloaded = createTokenStore(storage, 'k')
    expect(reloaded.accessToken()).toBeNull()
    expect(reloaded.refreshToken()).toBe('refresh-1')
  })

  it('replaces rotated tokens and forgets everything on clear', () => {
    const storage = memoryStorage()
    const store = createTokenStore(storage, 'k')
    store.save({ accessToken: 'a1', refreshToken: 'r1' })
    store.save({ accessToken: 'a2', refreshToken: 'r2' })
    expect(store.refreshToken()).toBe('r2')
    store.clear()
    expect(store.accessToken()).toBeNull()
    expect(store.refreshToken()).toBeNull()
    expect(storage.data.size).toBe(0)
  })

  it('still works for this page when storage is blocked', () => {
    const store = createTokenStore(failing, 'k')
    store.save({ accessToken: 'a1', refreshToken: 'r1' })
    expect(store.accessToken()).toBe('a1')
    expect(store.refreshToken()).toBe('r1')
    store.clear()
    expect(store.refreshToken()).toBeNull()
  })

  it('works without any storage', () => {
    const store = createTokenStore(null, 'k')
    expect(store.refreshToken()).toBeNull()
    store.save({ accessToken: 'a1', refreshToken: 'r1' })
    expect(store.refreshToken()).toBe('r1')
  })
})
