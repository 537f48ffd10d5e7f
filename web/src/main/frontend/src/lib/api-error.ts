// Errors of the management API as one typed shape. The server answers every error with RFC 9457
// application/problem+json (see docs/api-errors.md); anything else (a proxy's HTML page, a dropped connection)
// is turned into the same shape so components only ever deal with ApiError.

export interface FieldError {
  field: string
  message: string
}

export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  code?: string
  errors?: FieldError[]
  [extension: string]: unknown
}

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly detail: string
  readonly fieldErrors: readonly FieldError[]
  /** Seconds the server asked us to wait (429 Retry-After), if any. */
  readonly retryAfter: number | null
  /** The request id the server logged this under; worth quoting in bug reports. */
  readonly requestId: string | null
  readonly problem: Problem | null

  constructor(init: {
    status: number
    code: string
    detail: string
    fieldErrors?: readonly FieldError[]
    retryAfter?: number | null
    requestId?: string | null
    problem?: Problem | null
  }) {
    super(init.detail)
    this.name = 'ApiError'
    this.status = init.status
    this.code = init.code
    this.detail = init.detail
    this.fieldErrors = init.fieldErrors ?? []
    this.retryAfter = init.retryAfter ?? null
    this.requestId = init.requestId ?? null
    this.problem = init.problem ?? null
  }

  /** The server's message for one form field, or undefined. */
  fieldError(field: string): string | undefined {
    return this.fieldErrors.find((e) => e.field === field)?.message
  }

  /** Field errors keyed by field name (first message wins). */
  fieldErrorMap(): Record<string, string> {
    const map: Record<string, string> = {}
    for (const e of this.fieldErrors) {
      map[e.field] ??= e.message
    }
    return map
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError
}

const FALLBACK_DETAIL: Partial<Record<number, string>> = {
  401: 'you need to log in',
  403: 'your role does not allow this',
  404: 'not found',
  413: 'the request is too large',
  429: 'too many requests; try again later',
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.field === 'string' && typeof v.message === 'string'
}

function parseRetryAfter(header: string | null): number | null {
  if (header === null) return null
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds))
  const date = Date.parse(header)
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000))
}

/** Builds an ApiError from an error response; the body may be problem+json, other JSON, or not JSON at all. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '')
  let problem: Problem | null = null
  if (text.length > 0) {
    try {
      const parsed: unknown = JSON.parse(text)
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
        problem = parsed as Problem
      }
    } catch {
      problem = null // an HTML error page from something in between; the status still tells what happened
    }
  }
  const status = response.status
  const detail =
    typeof problem?.detail === 'string' && problem.detail.length > 0
      ? problem.detail
      : (FALLBACK_DETAIL[status] ?? (typeof problem?.title === 'string' ? problem.title : `request failed (HTTP ${String(status)})`))
  return new ApiError({
    status,
    code: typeof problem?.code === 'string' ? problem.code : `http-${String(status)}`,
    detail,
    fieldErrors: Array.isArray(problem?.errors) ? problem.errors.filter(isFieldError) : [],
    retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
    requestId: response.headers.get('X-Request-Id'),
    problem,
  })
}

/** For fetch failures that never produced a response (offline, DNS, connection reset). */
export function networkError(cause: unknown): ApiError {
  const error = new ApiError({ status: 0, code: 'network-error', detail: 'the server could not be reached; check your connection' })
  error.cause = cause
  return error
}

/** A short, human sentence for any error a component may hold. */
export function describeError(error: unknown): string {
  if (isApiError(error)) return error.detail
  if (error instanceof Error) return error.message
  return 'something went wrong'
}
