export type InstanceStatus = 'creating' | 'running' | 'stopped' | 'error' | 'deleting'
export type AgentStatus = 'online' | 'stale' | 'offline' | 'unregistered'

export interface Instance {
  id: number
  ownerId: number
  name: string
  type: string
  image?: string
  size?: string
  cpuMillicores: number
  memoryMiB: number
  diskGiB: number
  gpus: number
  env: Record<string, string>
  storageClass?: string
  driver: string
  status: InstanceStatus
  reason?: string
  message?: string
  agentStatus: AgentStatus
  desired: { powerState: 'running' | 'stopped'; configRevision: number; generation: number }
  observed: { phase?: string; observedAt?: string; appliedGeneration: number }
  agent?: {
    epoch: number
    registeredAt: string
    lastHeartbeatAt?: string
    version?: string
    runtimeStatus?: string
    configRevision?: number
    report?: unknown
    reportAt?: string
  }
  createdAt: string
  updatedAt: string
}

export interface Command {
  id: number
  instanceId: number
  type: string
  status: 'pending' | 'dispatched' | 'running' | 'succeeded' | 'failed' | 'timed_out' | 'cancelled'
  reason?: string
  payload?: unknown
  result?: unknown
  attempts: number
  timeoutSeconds: number
  createdAt: string
  dispatchedAt?: string
  startedAt?: string
  finishedAt?: string
}

export interface CreateInstanceInput {
  name: string
  type: string
  size?: string
  image?: string
  env?: Record<string, string>
}

export interface Capacity {
  driver: string
  nodes: {
    name: string
    ready: boolean
    cpuMillicoresAllocatable: number
    cpuMillicoresRequested: number
    memoryMiBAllocatable: number
    memoryMiBRequested: number
    diskGiBAllocatable: number
    diskGiBRequested: number
    gpusAllocatable: number
    gpusRequested: number
    instances: number
  }[]
}

export const INSTANCE_TYPES = ['custom', 'openclaw', 'hermes', 'webtop', 'ubuntu', 'debian', 'centos'] as const
export const SIZES = ['small', 'medium', 'large', 'xlarge'] as const
export const COMMAND_TYPES = [
  'health_check',
  'collect_system_info',
  'start_runtime',
  'stop_runtime',
  'restart_runtime',
  'apply_config_revision',
  'reload_config',
  'install_skill',
  'update_skill',
  'uninstall_skill',
  'remove_skill',
  'disable_skill',
  'quarantine_skill',
  'handle_skill_risk',
  'sync_skill_inventory',
  'refresh_skill_inventory',
  'collect_skill_package',
] as const
