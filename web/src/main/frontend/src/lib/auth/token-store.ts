// Where the console keeps its credentials. The access token lives only in memory (a script injected into the page
// could still use it, but it cannot outlive the tab or be read from storage later); the refresh token lives in
// sessionStorage so a reload of the tab does not need a new login. Trade-offs: docs/security.md, "Console".

import { REFRESH_TOKEN_KEY } from '@/config/constants'

/** The subset of the Web Storage API the store needs, so tests can pass a fake or a failing one. */
export type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export interface TokenStore {
  accessToken(): string | null
  refreshToken(): string | null
  save(tokens: { accessToken: string; refreshToken: string }): void
  clear(): void
}

export function createTokenStore(storage: TokenStorage | null, key: string = REFRESH_TOKEN_KEY): TokenStore {
  let access: string | null = null
  // if storage is unavailable (disabled by policy) the refresh token is kept in memory: reloads then need a login
  let refreshInMemory: string | null = null

  const read = (): string | null => {
    if (storage === null) return refreshInMemory
    try {
      return storage.getItem(key)
    } catch {
      return refreshInMemory
    }
  }

  return {
    accessToken: () => access,
    refreshToken: read,
    save({ accessToken, refreshToken }) {
      access = accessToken
      refreshInMemory = refreshToken
      try {
        storage?.setItem(key, refreshToken)
      } catch {
        // quota or policy: the in-memory copy still serves this page
      }
    },
    clear() {
      access = null
      refreshInMemory = null
      try {
        storage?.removeItem(key)
      } catch {
        // nothing stored, nothing to remove
      }
    },
  }
}

function browserStorage(): TokenStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage
  } catch {
    return null
  }
}

/** The console's one token store. */
export const tokenStore: TokenStore = createTokenStore(browserStorage())
