// Shapes of the AI gateway's management API (/api/gateway).

export interface GatewayKey {
  id: number
  name: string
  prefix: string
  userId: number
  instanceId?: number | null
  teamId?: number | null
  allowedModels: string[]
  createdAt: string
  expiresAt?: string | null
  revokedAt?: string | null
  status: 'active' | 'expired' | 'revoked'
}

/** The answer to creating or rotating a key: the only time the secret is shown. */
export interface CreatedKey {
  id: number
  key: string
  name: string
  prefix: string
}

export interface Provider {
  id: number
  name: string
  kind: 'openai' | 'anthropic' | 'mock'
  baseUrl?: string | null
  apiVersion?: string | null
  settings?: Record<string, string> | null
  enabled: boolean
  hasApiKey: boolean
}

export interface ModelDeployment {
  id: number
  name: string
  providerId: number
  upstreamModel: string
  kind: 'chat' | 'embedding'
  weight: number
  secure: boolean
  fallbacks: string[]
  enabled: boolean
}

export interface Alias {
  alias: string
  target: string
}

export interface Price {
  version: number
  model: string
  inputPerMTok: number
  outputPerMTok: number
  cachedPerMTok: number
  currency: string
  effectiveFrom: string
  current: boolean
}

export interface Limit {
  id: number
  scope: string
  subject: string
  metric: 'requests' | 'tokens' | 'cost'
  period: string
  limit: number
}

export interface AccessList {
  id: number
  scope: string
  subject: string
  models: string[]
}

export interface GatewayRecord {
  traceId: string
  occurredAt: string
  endpoint: string
  userId?: number | null
  keyId?: number | null
  instanceId?: number | null
  requestedModel?: string | null
  servedModel?: string | null
  provider?: string | null
  stream: boolean
  promptTokens: number
  completionTokens: number
  cost: number
  usageSource: string
  latencyMs: number
  ttftMs?: number | null
  overheadMs: number
  status: number
  error?: string | null
  riskAction?: string | null
  attempts: number
}

export interface RecordEvent {
  type: string
  atMs: number
  detail?: string
}

export interface RiskHit {
  direction: string
  ruleName: string
  category: string
  severity: string
  action: string
  excerpt: string
}

export interface RecordDetail extends GatewayRecord {
  events: RecordEvent[]
  riskHits: RiskHit[]
  attemptLog: { model: string; provider: string; outcome: string; ms: number }[]
  requestContent?: string | null
  responseContent?: string | null
}

export interface AnalyticsRow {
  key: string | null
  requests: number
  errors: number
  promptTokens: number
  completionTokens: number
  cost: number
  avgLatencyMs: number
}

export interface Analytics {
  from: string
  to: string
  groupBy: string
  totals: AnalyticsRow
  groups: AnalyticsRow[]
}

export interface RecordFilters {
  userId?: string
  instanceId?: string
  model?: string
  status?: string
  from?: string
  to?: string
  page: number
  size: number
}
