import { PAGE_SIZES } from '@/config/constants'
import { Button } from './button'

export interface PaginationProps {
  page: number
  size: number
  total: number
  onPage: (page: number) => void
  onSize?: (size: number) => void
  label: string
}

const number = new Intl.NumberFormat()

/** "41–60 of 1,234" with previous/next; pages count from 0 like the API. */
export function Pagination({ page, size, total, onPage, onSize, label }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / size))
  const first = total === 0 ? 0 : page * size + 1
  const last = Math.min(total, (page + 1) * size)
  return (
    <nav className="pagination" aria-label={label}>
      <span className="pagination-range">
        {total === 0 ? 'No entries' : `${number.format(first)}–${number.format(last)} of ${number.format(total)}`}
      </span>
      {onSize === undefined ? null : (
        <label className="pagination-size">
          Rows per page
          <select
            value={size}
            onChange={(e) => {
              onSize(Number(e.target.value))
            }}
          >
            {PAGE_SIZES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      )}
      <Button
        size="small"
        disabled={page <= 0}
        onClick={() => {
          onPage(page - 1)
        }}
      >
        Previous
      </Button>
      <span className="pagination-page">
        Page {page + 1} of {pages}
      </span>
      <Button
        size="small"
        disabled={page + 1 >= pages}
        onClick={() => {
          onPage(page + 1)
        }}
      >
        Next
      </Button>
    </nav>
  )
}
