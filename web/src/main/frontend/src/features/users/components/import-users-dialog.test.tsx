import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { session } from '@/lib/auth/session'
import { json, mockFetch, problem, tokenPair } from '@/testing/fetch-mock'
import { renderWithProviders } from '@/testing/render'
import { ImportUsersDialog } from './import-users-dialog'

const report = {
  total: 3,
  imported: 1,
  rejected: 2,
  rows: [
    { line: 2, username: 'kim', status: 'imported', generatedPassword: 'Kim-One-Time-1' },
    { line: 3, username: 'kim', status: 'rejected', reason: 'username appears more than once in the file' },
    { line: 4, username: 'bad name', status: 'rejected', reason: "username must be 3-64 lower-case letters, digits, '.', '_' or '-'" },
  ],
}

describe('ImportUsersDialog', () => {
  it('sends the pasted CSV as text/csv and renders the per-row report', async () => {
    session.begin(tokenPair('a', 'r'))
    const calls = mockFetch(() => json(report))
    const user = userEvent.setup()
    renderWithProviders(<ImportUsersDialog open onClose={vi.fn()} />)
    const csv = 'username,role\nkim,user\nkim,user\nbad name,user'
    await user.click(screen.getByLabelText('CSV text'))
    await user.paste(csv)
    await user.click(screen.getByRole('button', { name: 'Import' }))

    expect(await screen.findByText(/3 rows:/)).toHaveTextContent('3 rows: 1 imported, 2 rejected.')
    expect(calls[0]?.headers['Content-Type']).toBe('text/csv; charset=utf-8')
    expect(calls[0]?.body).toBe(csv)
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(3)
    expect(rows[0]).toHaveTextContent('2kimimportedKim-One-Time-1Copy')
    expect(rows[1]).toHaveTextContent('3kimrejectedusername appears more than once in the file')
    expect(rows[2]).toHaveTextContent('4bad namerejected')
    expect(screen.getByText(/Generated passwords are shown only now/)).toBeInTheDocument()
  })

  it('reads a picked file into the text box', async () => {
    session.begin(tokenPair('a', 'r'))
    mockFetch(() => json(report))
    const user = userEvent.setup()
    renderWithProviders(<ImportUsersDialog open onClose={vi.fn()} />)
    await user.upload(screen.getByLabelText('CSV file'), new File(['username\nlee\n'], 'people.csv', { type: 'text/csv' }))
    expect(await screen.findByText(/Loaded people.csv/)).toBeInTheDocument()
    expect(screen.getByLabelText('CSV text')).toHaveValue('username\nlee\n')
  })

  it('shows a rejected file (bad header) as a form error', async () => {
    session.begin(tokenPair('a', 'r'))
    mockFetch(() =>
      problem(400, 'invalid-input', 'header: must contain a username column', { errors: [{ field: 'header', message: 'must contain a username column' }] }),
    )
    const user = userEvent.setup()
    renderWithProviders(<ImportUsersDialog open onClose={vi.fn()} />)
    await user.type(screen.getByLabelText('CSV text'), 'email{enter}a@b.c')
    await user.click(screen.getByRole('button', { name: 'Import' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('header: must contain a username column')
  })
})
