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
  area('profile', 'Profile', 'Account', 'everyone', () => import('@/features/profile/components/profile-page')),
  // listed after the others so "/" still opens Users for admins and Profile for users (HomeRedirect takes the first)
  area('instances', 'Instances', 'Workspace', 'everyone', () => import('@/features/instances/components/instances-page')),
  area('cluster', 'Cluster', 'Administration', ['admin', 'operator'], () => import('@/features/instances/components/cluster-page')),
]
