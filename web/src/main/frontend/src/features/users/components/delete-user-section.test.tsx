import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { session } from '@/lib/auth/session'
import { mockFetch, problem, tokenPair } from '@/testing/fetch-mock'
import { renderWithProviders } from '@/testing/render'
import type { User } from '@/types/api'
import { DeleteUserSection } from './delete-user-section'

const admin: User = { id: 1, username: 'admin', role: 'admin', status: 'active', authProvider: 'local', createdAt: '', updatedAt: '' }

describe('DeleteUserSection', () => {
  it('asks first, then shows why the server refused', async () => {
    session.begin(tokenPair('a', 'r'))
    const calls = mockFetch(() => problem(409, 'cannot-modify-self', 'you cannot delete your own account'))
    const onDeleted = vi.fn()
    const user = userEvent.setup()
    renderWithProviders(<DeleteUserSection user={admin} onDeleted={onDeleted} />)
    await user.click(screen.getByRole('button', { name: 'Delete admin…' }))
    expect(calls).toHaveLength(0)
    const dialog = screen.getByRole('dialog', { name: 'Delete admin?' })
    await user.click(within(dialog).getByRole('button', { name: 'Delete user' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('you cannot delete your own account')
    expect(calls[0]).toMatchObject({ method: 'DELETE', url: '/api/users/1' })
    expect(onDeleted).not.toHaveBeenCalled()
  })
})
