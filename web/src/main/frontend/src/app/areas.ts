// The console's areas: one entry per page in the navigation. Adding an area (instances, teams, resources,
// AI gateway, cluster) is one line here; the router, the navigation and the role checks all read this list.

import { lazy, type ComponentType, type LazyExoticComponent } from 'react'
import type { Role } from '@/types/api'

/** Navigation groups, in the order they appear. */
export const SECTIONS = ['Workspace', 'Resources', 'AI gateway', 'Administration', 'Account'] as const
export type Section = (typeof SECTIONS)[number]

export interface Area {
  /** URL segment under "/", also the navigation target. */
  path: string
  label: string
  section: Section
  /** Who may see and open it. The server enforces the same rule; this only hides what would be refused. */
  roles: readonly Role[] | 'everyone'
  /** The page, loaded on first visit so each area is its own bundle chunk. */
  Page: LazyExoticComponent<ComponentType>
}

function area(path: string, label: string, section: Section, roles: Area['roles'], load: () => Promise<{ default: ComponentType }>): Area {
  return { path, label, section, roles, Page: lazy(load) }
}

export const AREAS: readonly Area[] = [
  area('users', 'Users', 'Administration', ['admin'], () => import('@/features/users/components/users-page')),
  area('audit', 'Audit log', 'Administration', ['admin'], () => import('@/features/audit/components/audit-page')),
  area('risk-rules', 'Risk rules', 'AI gateway', ['admin', 'operator'], () => import('@/features/risk/components/risk-rules-page')),
  area('profile', 'Profile', 'Account', 'everyone', () => import('@/features/profile/components/profile-page')),
  // after 'profile': "/" opens the first area a role may use (HomeRedirect takes the first), and for people that
  // stays their profile, for admins the users page
  area('gateway-keys', 'API keys', 'AI gateway', 'everyone', () => import('@/features/gateway/components/keys-page')),
  area('gateway-requests', 'Requests', 'AI gateway', 'everyone', () => import('@/features/gateway/components/requests-page')),
  area('gateway-usage', 'Usage and cost', 'AI gateway', 'everyone', () => import('@/features/gateway/components/usage-page')),
  area('gateway-models', 'Providers and models', 'AI gateway', ['admin'], () => import('@/features/gateway/components/models-page')),
  area('gateway-limits', 'Budgets and limits', 'AI gateway', ['admin'], () => import('@/features/gateway/components/limits-page')),
  area('instances', 'Instances', 'Workspace', 'everyone', () => import('@/features/instances/components/instances-page')),
  area('cluster', 'Cluster', 'Administration', ['admin', 'operator'], () => import('@/features/instances/components/cluster-page')),
]
