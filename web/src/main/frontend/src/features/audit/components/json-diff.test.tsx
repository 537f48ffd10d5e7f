import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { JsonDiff } from './json-diff'

describe('JsonDiff', () => {
  it('shows before and after side by side with the changed keys highlighted on both sides', () => {
    const { container } = render(
      <JsonDiff before={JSON.stringify({ role: 'user', username: 'zoe' })} after={JSON.stringify({ role: 'operator', username: 'zoe' })} />,
    )
    expect(screen.getByText('Changed: role')).toBeInTheDocument()
    const before = within(screen.getByRole('figure', { name: 'Before' }))
    const after = within(screen.getByRole('figure', { name: 'After' }))
    expect(before.getByText(/"role": "user"/)).toHaveClass('json-changed')
    expect(after.getByText(/"role": "operator"/)).toHaveClass('json-changed')
    expect(after.getByText(/"username": "zoe"/)).not.toHaveClass('json-changed')
    expect(container.querySelectorAll('.json-changed')).toHaveLength(2)
  })

  it('explains a creation, which has no state before', () => {
    render(<JsonDiff before={null} after={JSON.stringify({ username: 'zoe' })} />)
    expect(screen.getByText('Created: there was no state before.')).toBeInTheDocument()
    expect(within(screen.getByRole('figure', { name: 'Before' })).getByText('(nothing)')).toBeInTheDocument()
  })
})
