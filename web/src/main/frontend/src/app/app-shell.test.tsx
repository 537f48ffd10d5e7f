import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { session } from '@/lib/auth/session'
import { tokenStore } from '@/lib/auth/token-store'
import { json, mockFetch, tokenPair } from '@/testing/fetch-mock'
import { renderRoutes } from '@/testing/render'
import { routes } from './router'

const emptyPage = { items: [], total: 0, page: 0, size: 20 }

function serveEmptyLists() {
  return mockFetch((call) => {
    if (call.url === '/api/auth/logout') return new Response(null, { status: 204 })
    if (call.url.startsWith('/api/users/me/quota')) return json({ userId: 1, maxInstances: 1, maxCpuCores: 1, maxMemoryGiB: 1, maxStorageGiB: 1, maxGpus: 0, usage: { instances: 0, cpuCores: 0, memoryGiB: 0, storageGiB: 0, gpus: 0 } })
    if (call.url.startsWith('/api/users/me')) return json(session.get().user)
    return json(emptyPage)
  })
}

describe('app shell', () => {
  it('shows admins the admin areas and the profile', async () => {
    session.begin(tokenPair('a', 'r', 'admin'))
    serveEmptyLists()
    renderRoutes(routes, '/users')
    expect(await screen.findByRole('heading', { name: 'Users', level: 1 })).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Main' })
    expect(within(nav).getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Instances', 'Risk rules', 'API keys', 'Requests', 'Usage and cost', 'Providers and models', 'Budgets and limits',
      'Users', 'Audit log', 'Cluster', 'Profile',
    ])
  })

  it('shows plain users no admin navigation and refuses /users with a "not allowed" page', async () => {
    session.begin(tokenPair('a', 'r', 'user'))
    const calls = serveEmptyLists()
    renderRoutes(routes, '/users')
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Main' })
    expect(within(nav).getAllByRole('link').map((l) => l.textContent)).toEqual(['Instances', 'API keys', 'Requests', 'Usage and cost', 'Profile'])
    expect(calls.filter((c) => c.url.startsWith('/api/users?'))).toHaveLength(0)
  })

  it('opens the first allowed area at /', async () => {
    session.begin(tokenPair('a', 'r', 'user'))
    serveEmptyLists()
    const { router } = renderRoutes(routes, '/')
    expect(await screen.findByRole('heading', { name: 'Profile', level: 1 })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/profile')
  })

  it('sends visitors without a session to the login page, remembering where they wanted to go', async () => {
    serveEmptyLists()
    const { router } = renderRoutes(routes, '/audit?action=user.*')
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/login')
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/audit?action=user.*')}`)
  })

  it('shows a not-found page inside the shell for unknown paths', async () => {
    session.begin(tokenPair('a', 'r', 'admin'))
    serveEmptyLists()
    renderRoutes(routes, '/no-such-area')
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
  })

  it('logs out through the API, forgets the tokens and returns to the login page', async () => {
    session.begin(tokenPair('a', 'r', 'admin'))
    const calls = serveEmptyLists()
    const { router } = renderRoutes(routes, '/profile')
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Log out' }))
    expect(await screen.findByText('You have been logged out.')).toBeInTheDocument()
    expect(calls.some((c) => c.url === '/api/auth/logout' && c.method === 'POST' && c.headers.Authorization === 'Bearer a')).toBe(true)
    expect(tokenStore.accessToken()).toBeNull()
    expect(tokenStore.refreshToken()).toBeNull()
    expect(router.state.location.pathname).toBe('/login')
    expect(router.state.location.search).toBe('')
  })
})
