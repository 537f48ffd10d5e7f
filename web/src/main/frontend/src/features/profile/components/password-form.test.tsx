import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { tokenStore } from '@/lib/auth/token-store'
import { session } from '@/lib/auth/session'
import { json, mockFetch, problem, tokenPair } from '@/testing/fetch-mock'
import { renderWithProviders } from '@/testing/render'
import { PasswordForm } from './password-form'

async function fill(current: string, next: string, repeat: string) {
  const user = userEvent.setup()
  await user.type(screen.getByLabelText('Current password'), current)
  await user.type(screen.getByLabelText('New password'), next)
  await user.type(screen.getByLabelText('Repeat new password'), repeat)
  await user.click(screen.getByRole('button', { name: 'Change password' }))
}

describe('PasswordForm', () => {
  it('does not send when the two new passwords differ', async () => {
    session.begin(tokenPair('a', 'r', 'user'))
    const calls = mockFetch(() => json({}))
    renderWithProviders(<PasswordForm />)
    await fill('old-password-1', 'new-password-12', 'new-password-13')
    expect(screen.getByText('does not match the new password')).toBeInTheDocument()
    expect(calls).toHaveLength(0)
  })

  it("shows the server's policy message next to the new password", async () => {
    session.begin(tokenPair('a', 'r', 'user'))
    mockFetch(() => problem(400, 'invalid-input', 'newPassword: must use at least 4 different characters', {
      errors: [{ field: 'newPassword', message: 'must use at least 4 different characters' }],
    }))
    renderWithProviders(<PasswordForm />)
    await fill('old-password-1', 'aaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaa')
    expect(await screen.findByText('must use at least 4 different characters')).toBeInTheDocument()
    expect(screen.getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true')
  })

  it('continues with the fresh token pair the server returns', async () => {
    session.begin(tokenPair('a', 'r', 'user'))
    const calls = mockFetch(() => json(tokenPair('a2', 'r2', 'user')))
    renderWithProviders(<PasswordForm />)
    await fill('old-password-1', 'new-password-12', 'new-password-12')
    expect(await screen.findByText(/Password changed/)).toBeInTheDocument()
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual({ currentPassword: 'old-password-1', newPassword: 'new-password-12' })
    expect(tokenStore.accessToken()).toBe('a2')
    expect(tokenStore.refreshToken()).toBe('r2')
    expect(screen.getByLabelText('Current password')).toHaveValue('')
  })
})
