import { useState, type SubmitEvent } from 'react'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { FormError } from '@/components/ui/form-error'
import { useNotice } from '@/components/ui/notice'
import { isApiError } from '@/lib/api-error'
import { useCreateInstance } from '../api/instances'
import { INSTANCE_TYPES, SIZES } from '../types'

/** Parses "KEY=value" lines; blank lines are ignored. */
export function parseEnv(text: string): Record<string, string> {
  const env: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const trimmed = line.trim()
    if (trimmed.length === 0) continue
    const eq = trimmed.indexOf('=')
    if (eq <= 0) env[trimmed] = ''
    else env[trimmed.slice(0, eq)] = trimmed.slice(eq + 1)
  }
  return env
}

export function CreateInstanceDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const create = useCreateInstance()
  const notice = useNotice()
  const [name, setName] = useState('')
  const [type, setType] = useState<string>('custom')
  const [size, setSize] = useState<string>('small')
  const [image, setImage] = useState('')
  const [env, setEnv] = useState('')
  const fieldErrors = isApiError(create.error) ? create.error.fieldErrorMap() : {}

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    create.mutate(
      { name, type, size, image: image.trim() === '' ? undefined : image.trim(), env: parseEnv(env) },
      {
        onSuccess: (created) => {
          notice.notify(`Instance ${created.name} is being created`)
          setName('')
          setEnv('')
          create.reset()
          onClose()
        },
      },
    )
  }

  return (
    <Dialog open={open} title="New instance" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <TextField label="Name" value={name} required onChange={(e) => { setName(e.target.value) }} error={fieldErrors.name} />
        <SelectField label="Type" value={type} onChange={(e) => { setType(e.target.value) }} error={fieldErrors.type}>
          {INSTANCE_TYPES.map((t) => (
            <option key={t} value={t}>{t}</option>
          ))}
        </SelectField>
        <SelectField label="Size" value={size} onChange={(e) => { setSize(e.target.value) }} error={fieldErrors.size}
          hint="small: 1 CPU, 2 GiB · medium: 2 CPU, 4 GiB · large: 4 CPU, 8 GiB · xlarge: 8 CPU, 16 GiB">
          {SIZES.map((s) => (
            <option key={s} value={s}>{s}</option>
          ))}
        </SelectField>
        <TextField label="Image" value={image} onChange={(e) => { setImage(e.target.value) }} error={fieldErrors.image}
          hint="Optional; the type's default image otherwise." />
        <TextAreaField label="Environment" value={env} rows={3} onChange={(e) => { setEnv(e.target.value) }}
          hint="One KEY=value per line." error={Object.entries(fieldErrors).find(([k]) => k.startsWith('env'))?.[1]} />
        <FormError error={create.error} fields={['name', 'type', 'size', 'image']} />
        <div className="dialog-footer">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={create.isPending}>Create instance</Button>
        </div>
      </form>
    </Dialog>
  )
}
