import type { Role } from '@/types/api'

export interface AuditEntry {
  id: number
  occurredAt: string
  actorId?: number | null
  actorName?: string | null
  actorRole?: Role | null
  action: string
  /** 'success' or 'failure' today; kept open so a new outcome shows up instead of breaking the page. */
  outcome: string
  targetType?: string | null
  targetId?: string | null
  summary?: string | null
  /** JSON documents (already redacted by the server), absent when there was no state before / after. */
  before?: string | null
  after?: string | null
  sourceIp?: string | null
  userAgent?: string | null
  requestId?: string | null
}

export interface AuditFilters {
  actor: string
  action: string
  targetType: string
  targetId: string
  outcome: '' | 'success' | 'failure'
  /** ISO-8601 instants (the API's format); the form converts from local date-time inputs. */
  from: string
  to: string
  page: number
  size: number
}
