import type { QuotaLimits, Role, User, UserStatus } from '@/types/api'

export interface UserFilters {
  q: string
  role: Role | ''
  status: UserStatus | ''
  page: number
  size: number
}

export interface CreateUserInput {
  username: string
  email?: string
  displayName?: string
  role: Role
  /** Left out: the server generates one and returns it once. */
  password?: string
}

export interface CreatedUser {
  user: User
  generatedPassword?: string | null
}

/** Partial update; members left out stay as they are. */
export interface UpdateUserInput {
  email?: string
  displayName?: string
  status?: UserStatus
}

/** Form values may be empty (null) so the server can name each missing field. */
export type QuotaInput = { [K in keyof QuotaLimits]: number | null }

export interface ImportRow {
  line: number
  username?: string | null
  status: 'imported' | 'rejected'
  reason?: string | null
  generatedPassword?: string | null
}

export interface ImportReport {
  total: number
  imported: number
  rejected: number
  rows: ImportRow[]
}
