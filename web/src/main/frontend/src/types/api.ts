// Shapes of the management API shared by several features. Feature-only shapes live in the feature's types.ts.
// Members the server leaves out when they are null are optional here.

export const ROLES = ['admin', 'operator', 'user'] as const
export type Role = (typeof ROLES)[number]

export const USER_STATUSES = ['active', 'disabled'] as const
export type UserStatus = (typeof USER_STATUSES)[number]

export interface User {
  id: number
  username: string
  email?: string | null
  displayName?: string | null
  role: Role
  status: UserStatus
  authProvider: string
  createdAt: string
  updatedAt: string
  lastLoginAt?: string | null
  passwordChangedAt?: string | null
}

/** One page of a list; pages count from 0. */
export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
}

export interface QuotaLimits {
  maxInstances: number
  maxCpuCores: number
  maxMemoryGiB: number
  maxStorageGiB: number
  maxGpus: number
}

export interface QuotaUsage {
  instances: number
  cpuCores: number
  memoryGiB: number
  storageGiB: number
  gpus: number
}

export interface Quota extends QuotaLimits {
  userId: number
  usage: QuotaUsage
}

/** Answer of login, refresh and password change. */
export interface TokenPair {
  accessToken: string
  refreshToken: string
  expiresIn: number
  refreshExpiresIn: number
  tokenType: string
  user: User
}
