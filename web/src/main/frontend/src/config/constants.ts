// Console-wide settings. Everything here is static: the console talks to the server it was loaded from.

/** Every API call goes to this path prefix on the console's own origin (no hosts, see lib/api-client). */
export const API_PREFIX = '/api/'

/** sessionStorage key of the refresh token (see docs/security.md, "Console"). */
export const REFRESH_TOKEN_KEY = 'clawmanager.refreshToken'

/** Rows per page in admin tables unless the user picks another size. */
export const DEFAULT_PAGE_SIZE = 20
export const PAGE_SIZES = [10, 20, 50, 100] as const

/** Delay before a typed search term is sent, so typing does not fire a request per key. */
export const SEARCH_DEBOUNCE_MS = 300

/** Server password policy (PasswordHasher.checkStrength), repeated only to guide the user before submitting. */
export const PASSWORD_MIN_LENGTH = 12
