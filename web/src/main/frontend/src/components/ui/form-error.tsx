import { describeError, isApiError } from '@/lib/api-error'

/**
 * The part of a failed request that is not about one of the form's fields (a conflict, a refusal, a 429),
 * announced to screen readers. Field errors for fields the form shows appear next to those fields; any others are
 * listed here so nothing the server said is lost.
 */
export function FormError({ error, fields = [] }: { error: unknown; fields?: readonly string[] }) {
  if (error === null || error === undefined) return null
  if (!isApiError(error) || error.fieldErrors.length === 0) {
    return (
      <div className="form-error" role="alert">
        {describeError(error)}
      </div>
    )
  }
  const unplaced = error.fieldErrors.filter((e) => !fields.includes(e.field))
  return (
    <div className="form-error" role="alert">
      {unplaced.length === 0 ? (
        'Please correct the marked fields.'
      ) : (
        <ul>
          {unplaced.map((e) => (
            <li key={e.field}>
              {e.field}: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
