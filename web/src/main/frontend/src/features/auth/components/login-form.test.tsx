import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { session } from '@/lib/auth/session'
import { json, mockFetch, problem, tokenPair } from '@/testing/fetch-mock'
import { renderWithProviders } from '@/testing/render'
import { LoginForm } from './login-form'
import { safeNext } from './login-page'

async function submit(username: string, password: string) {
  const user = userEvent.setup()
  await user.type(screen.getByLabelText('Username'), username)
  await user.type(screen.getByLabelText('Password'), password)
  await user.click(screen.getByRole('button', { name: 'Log in' }))
}

describe('LoginForm', () => {
  it('shows the server message for a wrong password and stays signed out', async () => {
    mockFetch(() => problem(401, 'invalid-credentials', 'username or password is wrong'))
    renderWithProviders(<LoginForm />)
    await submit('admin', 'wrong-password')
    expect(await screen.findByRole('alert')).toHaveTextContent('username or password is wrong')
    expect(session.get().status).toBe('signed-out')
  })

  it('tells how long to wait when logins are throttled', async () => {
    mockFetch(() => problem(429, 'login-throttled', 'too many failed logins; try again later', {}, { 'Retry-After': '600' }))
    renderWithProviders(<LoginForm />)
    await submit('admin', 'wrong-password')
    expect(await screen.findByRole('alert')).toHaveTextContent('too many failed logins; try again later (about 10 minutes)')
  })

  it('shows field errors next to the fields', async () => {
    mockFetch(() => problem(400, 'invalid-input', 'password: must not be blank', { errors: [{ field: 'password', message: 'must not be blank' }] }))
    renderWithProviders(<LoginForm />)
    await submit('admin', ' ')
    expect(await screen.findByText('must not be blank')).toBeInTheDocument()
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true')
  })

  it('begins the session with the returned tokens', async () => {
    const calls = mockFetch(() => json(tokenPair('a1', 'r1')))
    renderWithProviders(<LoginForm />)
    await submit('  admin ', 'correct-horse-battery')
    await screen.findByRole('button', { name: 'Log in' })
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual({ username: 'admin', password: 'correct-horse-battery' })
    expect(session.get()).toMatchObject({ status: 'signed-in', user: { username: 'admin' } })
  })
})

describe('safeNext', () => {
  it('allows same-site paths only', () => {
    expect(safeNext('/users?page=2')).toBe('/users?page=2')
    expect(safeNext('//evil.example')).toBe('/')
    expect(safeNext('/\\evil.example')).toBe('/')
    expect(safeNext('https://evil.example')).toBe('/')
    expect(safeNext(null)).toBe('/')
  })
})
