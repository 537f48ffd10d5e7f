import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { session } from '@/lib/auth/session'
import { json, mockFetch, problem, tokenPair } from '@/testing/fetch-mock'
import { renderWithProviders } from '@/testing/render'
import { QuotaForm } from './quota-editor'

const quota = {
  userId: 5,
  maxInstances: 10,
  maxCpuCores: 40,
  maxMemoryGiB: 100,
  maxStorageGiB: 500,
  maxGpus: 2,
  usage: { instances: 3, cpuCores: 1.5, memoryGiB: 8, storageGiB: 20, gpus: 0 },
}

describe('QuotaForm', () => {
  it('shows each server validation error next to its field and sends empty fields as null', async () => {
    session.begin(tokenPair('a', 'r'))
    const calls = mockFetch(() =>
      problem(400, 'invalid-input', '2 fields are invalid', {
        errors: [
          { field: 'maxGpus', message: 'must not be null' },
          { field: 'maxInstances', message: 'must be greater than or equal to 0' },
        ],
      }),
    )
    const user = userEvent.setup()
    renderWithProviders(<QuotaForm quota={quota} />)
    expect(screen.getByLabelText('Instances')).toHaveAccessibleDescription('In use: 3')
    await user.clear(screen.getByLabelText('Instances'))
    await user.type(screen.getByLabelText('Instances'), '-1')
    await user.clear(screen.getByLabelText('GPUs'))
    await user.click(screen.getByRole('button', { name: 'Save quota' }))

    expect(await screen.findByText('must be greater than or equal to 0')).toBeInTheDocument()
    expect(screen.getByLabelText('Instances')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('GPUs')).toHaveAccessibleDescription('In use: 0 must not be null')
    expect(screen.getByLabelText('CPU cores')).not.toHaveAttribute('aria-invalid')
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual({ maxInstances: -1, maxCpuCores: 40, maxMemoryGiB: 100, maxStorageGiB: 500, maxGpus: null })
    expect(calls[0]?.url).toBe('/api/users/5/quota')
    expect(calls[0]?.method).toBe('PUT')
  })

  it('confirms a saved quota', async () => {
    session.begin(tokenPair('a', 'r'))
    mockFetch(() => json({ ...quota, maxGpus: 4 }))
    const user = userEvent.setup()
    renderWithProviders(<QuotaForm quota={quota} />)
    await user.clear(screen.getByLabelText('GPUs'))
    await user.type(screen.getByLabelText('GPUs'), '4')
    await user.click(screen.getByRole('button', { name: 'Save quota' }))
    expect(await screen.findByText('Quota saved')).toBeInTheDocument()
  })
})
