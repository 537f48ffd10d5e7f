// A table for one page of API results, with loading, error and empty states and optional expandable rows.
// Paging is a separate component so a page can put it where it fits.

import { Fragment, useState, type ReactNode } from 'react'
import { EmptyState, ErrorState, Loading } from './states'

export interface Column<T> {
  key: string
  header: string
  render: (row: T) => ReactNode
  className?: string
}

export interface DataTableProps<T> {
  caption: string
  columns: readonly Column<T>[]
  rows: readonly T[] | undefined
  rowKey: (row: T) => string | number
  isLoading?: boolean
  error?: unknown
  onRetry?: () => void
  emptyTitle?: string
  emptyHint?: ReactNode
  /** When given, each row gets a disclosure button that shows this below it. */
  renderExpanded?: (row: T) => ReactNode
  expandLabel?: (row: T) => string
}

export function DataTable<T>(props: DataTableProps<T>) {
  const { caption, columns, rows, rowKey, isLoading = false, error, onRetry, emptyTitle = 'Nothing here yet', emptyHint, renderExpanded, expandLabel } = props
  const [expanded, setExpanded] = useState<ReadonlySet<string | number>>(new Set())

  if (error !== undefined && error !== null) return <ErrorState error={error} onRetry={onRetry} />
  if (isLoading && rows === undefined) return <Loading />
  if (rows === undefined || rows.length === 0) return <EmptyState title={emptyTitle}>{emptyHint}</EmptyState>

  const toggle = (key: string | number) => {
    setExpanded((current) => {
      const next = new Set(current)
      if (next.has(key)) next.delete(key)
      else next.add(key)
      return next
    })
  }
  const span = columns.length + (renderExpanded === undefined ? 0 : 1)

  return (
    <div className="table-wrap">
      <table className="table" aria-busy={isLoading || undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {renderExpanded === undefined ? null : (
              <th scope="col" className="col-toggle">
                <span className="visually-hidden">Details</span>
              </th>
            )}
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.className}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const key = rowKey(row)
            const open = expanded.has(key)
            const detailsId = `row-details-${String(key)}`
            return (
              <Fragment key={key}>
                <tr className={open ? 'row-open' : undefined}>
                  {renderExpanded === undefined ? null : (
                    <td className="col-toggle">
                      <button
                        type="button"
                        className="btn btn-ghost btn-small disclosure"
                        aria-expanded={open}
                        aria-controls={open ? detailsId : undefined}
                        aria-label={expandLabel === undefined ? 'Show details' : expandLabel(row)}
                        onClick={() => {
                          toggle(key)
                        }}
                      >
                        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                      </button>
                    </td>
                  )}
                  {columns.map((c) => (
                    <td key={c.key} className={c.className}>
                      {c.render(row)}
                    </td>
                  ))}
                </tr>
                {open && renderExpanded !== undefined ? (
                  <tr className="row-details" id={detailsId}>
                    <td colSpan={span}>{renderExpanded(row)}</td>
                  </tr>
                ) : null}
              </Fragment>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
