import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { session } from '@/lib/auth/session'
import { json, mockFetch, problem, tokenPair } from '@/testing/fetch-mock'
import { renderWithProviders } from '@/testing/render'
import { CreateUserDialog, toCreateInput } from './create-user-dialog'

const created = (generatedPassword?: string) => ({
  user: { id: 9, username: 'zoe', role: 'user', status: 'active', authProvider: 'local', createdAt: '2026-11-24T08:00:00Z', updatedAt: '2026-11-24T08:00:00Z' },
  ...(generatedPassword === undefined ? {} : { generatedPassword }),
})

describe('CreateUserDialog', () => {
  it('shows the server field errors next to their fields', async () => {
    session.begin(tokenPair('a', 'r'))
    mockFetch(() =>
      problem(400, 'invalid-input', '2 fields are invalid', {
        errors: [
          { field: 'email', message: 'must be a well-formed email address' },
          { field: 'username', message: "must be 3-64 lower-case letters, digits, '.', '_' or '-'" },
        ],
      }),
    )
    const user = userEvent.setup()
    renderWithProviders(<CreateUserDialog open onClose={vi.fn()} />)
    await user.type(screen.getByLabelText('Username'), 'Zo')
    await user.type(screen.getByLabelText('Email'), 'bad')
    await user.click(screen.getByRole('button', { name: 'Create user' }))

    expect(await screen.findByText('must be a well-formed email address')).toBeInTheDocument()
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('must be a well-formed email address')
    expect(screen.getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('Display name')).not.toHaveAttribute('aria-invalid')
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the marked fields.')
  })

  it('shows a conflict that is not about a field as a form error', async () => {
    session.begin(tokenPair('a', 'r'))
    mockFetch(() => problem(409, 'username-taken', 'username zoe is already taken'))
    const user = userEvent.setup()
    renderWithProviders(<CreateUserDialog open onClose={vi.fn()} />)
    await user.type(screen.getByLabelText('Username'), 'zoe')
    await user.click(screen.getByRole('button', { name: 'Create user' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('username zoe is already taken')
  })

  it('shows a generated password once, with a copy button', async () => {
    session.begin(tokenPair('a', 'r'))
    const calls = mockFetch(() => json(created('Gen-Pass-123456'), 201))
    const onClose = vi.fn()
    const user = userEvent.setup()
    renderWithProviders(<CreateUserDialog open onClose={onClose} />)
    await user.type(screen.getByLabelText('Username'), 'zoe')
    await user.click(screen.getByRole('button', { name: 'Create user' }))

    const dialog = await screen.findByRole('dialog', { name: 'User created' })
    expect(within(dialog).getByLabelText('Password for zoe')).toHaveTextContent('Gen-Pass-123456')
    expect(within(dialog).getByRole('button', { name: 'Copy' })).toBeInTheDocument()
    expect(within(dialog).getByText(/will not be shown again/)).toBeInTheDocument()
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual({ username: 'zoe', role: 'user' })
    await user.click(within(dialog).getByRole('button', { name: 'Done' }))
    expect(onClose).toHaveBeenCalledOnce()
  })

  it('closes at once when the admin chose the password', async () => {
    session.begin(tokenPair('a', 'r'))
    mockFetch(() => json(created(), 201))
    const onClose = vi.fn()
    const user = userEvent.setup()
    renderWithProviders(<CreateUserDialog open onClose={onClose} />)
    await user.type(screen.getByLabelText('Username'), 'zoe')
    await user.type(screen.getByLabelText('Password (optional)'), 'a-long-enough-password')
    await user.click(screen.getByRole('button', { name: 'Create user' }))
    await vi.waitFor(() => {
      expect(onClose).toHaveBeenCalledOnce()
    })
    expect(await screen.findByText('User zoe created')).toBeInTheDocument()
  })
})

describe('toCreateInput', () => {
  it('leaves out empty optional fields so the server applies its defaults', () => {
    expect(toCreateInput({ username: ' zoe ', displayName: '', email: ' ', role: 'operator', password: '' })).toEqual({ username: 'zoe', role: 'operator' })
  })
})
