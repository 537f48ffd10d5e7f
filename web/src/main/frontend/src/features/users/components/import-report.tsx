import { Badge } from '@/components/ui/badge'
import { CopyButton } from '@/components/ui/copy-button'
import type { ImportReport as Report } from '../types'

/** Row by row: what was imported (with a one-time password when one was generated) and why the rest was not. */
export function ImportReport({ report }: { report: Report }) {
  return (
    <section className="import-report" aria-labelledby="import-report-title">
      <h3 id="import-report-title">Import report</h3>
      <p role="status" className="import-summary">
        {report.total} row{report.total === 1 ? '' : 's'}: <strong>{report.imported} imported</strong>, <strong>{report.rejected} rejected</strong>.
      </p>
      {report.rows.some((r) => typeof r.generatedPassword === 'string') ? (
        <p className="field-hint">Generated passwords are shown only now. Copy them before closing this dialog.</p>
      ) : null}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Import report, one row per CSV line</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Username</th>
              <th scope="col">Result</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.line} className={row.status === 'rejected' ? 'row-rejected' : undefined}>
                <td>{row.line}</td>
                <td>{row.username === undefined || row.username === null || row.username === '' ? '—' : row.username}</td>
                <td>
                  <Badge tone={row.status === 'imported' ? 'good' : 'bad'}>{row.status}</Badge>
                </td>
                <td>
                  {row.status === 'rejected' ? (
                    row.reason
                  ) : typeof row.generatedPassword === 'string' ? (
                    <span className="secret-row">
                      <code className="secret">{row.generatedPassword}</code>
                      <CopyButton value={row.generatedPassword} />
                    </span>
                  ) : (
                    'password from the file'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
