// Shapes of the risk-rule API (/api/gateway/risk-rules).

export const RULE_KINDS = ['regex', 'keywords', 'detector'] as const
export type RuleKind = (typeof RULE_KINDS)[number]
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const
export type Severity = (typeof SEVERITIES)[number]
export const ACTIONS = ['allow', 'redact', 'reroute', 'block'] as const
export type RiskAction = (typeof ACTIONS)[number]
export const APPLIES_TO = ['both', 'request', 'response'] as const
export type AppliesTo = (typeof APPLIES_TO)[number]

export interface RiskRule {
  ruleId: string
  name: string
  description?: string | null
  category: string
  kind: RuleKind
  pattern?: string | null
  keywords: string[]
  wholeWord: boolean
  severity: Severity
  action: RiskAction
  enabled: boolean
  appliesTo: AppliesTo
  builtIn: boolean
  sortOrder: number
  revision: number
  createdAt: string
  updatedAt: string
  /** -1 when the shared counter store is unavailable */
  hitsTotal: number
  hits24h: number
}

export interface RiskRuleInput {
  ruleId?: string
  name: string
  description?: string
  category?: string
  kind: RuleKind
  pattern?: string
  keywords?: string[]
  wholeWord?: boolean
  severity: Severity
  action: RiskAction
  enabled?: boolean
  appliesTo?: AppliesTo
  sortOrder?: number
}

export interface RiskHit {
  ruleId: string
  ruleName: string
  category: string
  severity: Severity
  action: RiskAction
  start: number
  end: number
  excerpt: string
}

export interface RiskTestResult {
  action: RiskAction
  redacted: string
  hits: RiskHit[]
  rules: number
  nanos: number
}
