import { Badge } from '@/components/ui/badge'
import type { AgentStatus, InstanceStatus } from '../types'

const STATUS_TONE: Record<InstanceStatus, 'good' | 'warn' | 'bad' | 'neutral' | 'accent'> = {
  running: 'good',
  creating: 'accent',
  stopped: 'neutral',
  error: 'bad',
  deleting: 'warn',
}

const AGENT_TONE: Record<AgentStatus, 'good' | 'warn' | 'bad' | 'neutral'> = {
  online: 'good',
  stale: 'warn',
  offline: 'bad',
  unregistered: 'neutral',
}

export function StatusBadge({ status }: { status: InstanceStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{status}</Badge>
}

export function AgentBadge({ status }: { status: AgentStatus }) {
  return <Badge tone={AGENT_TONE[status]}>agent {status}</Badge>
}

export function CommandBadge({ status }: { status: string }) {
  const tone = status === 'succeeded' ? 'good' : status === 'failed' || status === 'timed_out' ? 'bad' : status === 'cancelled' ? 'neutral' : 'accent'
  return <Badge tone={tone}>{status}</Badge>
}
