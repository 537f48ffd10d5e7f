import { useState, type ChangeEvent, type SubmitEvent } from 'react'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { TextAreaField } from '@/components/ui/field'
import { FormError } from '@/components/ui/form-error'
import { useImportUsers } from '../api/import-users'
import type { ImportReport as Report } from '../types'
import { ImportReport } from './import-report'

const COLUMNS = 'username (required), email, displayName, role, password, maxInstances, maxCpuCores, maxMemoryGiB, maxStorageGiB, maxGpus'

/** Pick a file or paste the text; either way the CSV goes to the server unchanged as text/csv. */
export function ImportUsersDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [csv, setCsv] = useState('')
  const [fileName, setFileName] = useState<string | null>(null)
  const [readError, setReadError] = useState<Error | null>(null)
  const [report, setReport] = useState<Report | null>(null)
  const importUsers = useImportUsers()

  const close = () => {
    setCsv('')
    setFileName(null)
    setReadError(null)
    setReport(null)
    importUsers.reset()
    onClose()
  }
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (file === undefined) return
    setReadError(null)
    file.text().then(
      (text) => {
        setCsv(text)
        setFileName(file.name)
      },
      () => {
        setReadError(new Error(`Could not read ${file.name}`))
      },
    )
  }
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    importUsers.mutate(csv, { onSuccess: setReport })
  }

  return (
    <Dialog open={open} title="Import users from CSV" onClose={close} wide>
      {report === null ? (
        <form className="form" onSubmit={submit} noValidate aria-label="Import users">
          <p className="muted">
            The first line names the columns: {COLUMNS}. Rows without a password get a generated one. Good rows are imported even when others are rejected.
          </p>
          <div className="field">
            <label htmlFor="import-file">CSV file</label>
            <input id="import-file" type="file" accept=".csv,text/csv,text/plain" onChange={pick} />
            {fileName === null ? null : <p className="field-hint">Loaded {fileName}; you can still edit the text below.</p>}
          </div>
          <TextAreaField
            label="CSV text"
            rows={8}
            spellCheck={false}
            className="field-code"
            placeholder={'username,email,role\nalice,alice@example.com,user'}
            value={csv}
            onChange={(e) => {
              setCsv(e.target.value)
            }}
          />
          <FormError error={readError ?? importUsers.error} />
          <div className="form-actions">
            <Button onClick={close}>Cancel</Button>
            <Button type="submit" variant="primary" busy={importUsers.isPending} disabled={csv.trim() === ''}>
              Import
            </Button>
          </div>
        </form>
      ) : (
        <>
          <ImportReport report={report} />
          <div className="form-actions">
            <Button
              onClick={() => {
                setReport(null)
                setCsv('')
                setFileName(null)
                importUsers.reset()
              }}
            >
              Import another file
            </Button>
            <Button variant="primary" onClick={close}>
              Done
            </Button>
          </div>
        </>
      )}
    </Dialog>
  )
}
