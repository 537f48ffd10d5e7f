// Who is signed in, as an external store React components subscribe to (useSession). The tokens themselves stay in
// the token store; this holds what the UI needs: the user and why a session ended (to explain it on the login page).

import { useSyncExternalStore } from 'react'
import type { Role, TokenPair, User } from '@/types/api'
import { tokenStore } from './token-store'

export type SessionStatus = 'restoring' | 'signed-in' | 'signed-out'
/** Why the last session ended: the login page explains it. */
export type EndReason = 'logout' | 'expired' | 'unreachable' | null

export interface SessionState {
  status: SessionStatus
  user: User | null
  endReason: EndReason
}

type Listener = () => void

const listeners = new Set<Listener>()
let state: SessionState = initialState()

function initialState(): SessionState {
  // a stored refresh token means "probably signed in": the app restores the session before showing pages
  return { status: tokenStore.refreshToken() === null ? 'signed-out' : 'restoring', user: null, endReason: null }
}

function publish(next: SessionState): void {
  state = next
  listeners.forEach((listener) => {
    listener()
  })
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const session = {
  get: (): SessionState => state,
  subscribe,
  /** After login, refresh or password change: new tokens and the user they belong to. */
  begin(pair: TokenPair): void {
    tokenStore.save(pair)
    publish({ status: 'signed-in', user: pair.user, endReason: null })
  },
  /** The signed-in user changed (profile edit) without new tokens. */
  updateUser(user: User): void {
    if (state.user?.id === user.id) publish({ ...state, user })
  },
  end(reason: Exclude<EndReason, null>): void {
    tokenStore.clear()
    publish({ status: 'signed-out', user: null, endReason: reason })
  },
  /** Tests only: forget everything between cases. */
  reset(): void {
    tokenStore.clear()
    publish({ status: 'signed-out', user: null, endReason: null })
  },
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, session.get, session.get)
}

export function hasRole(user: User | null, roles: readonly Role[] | 'everyone'): boolean {
  if (user === null) return false
  return roles === 'everyone' || roles.includes(user.role)
}
