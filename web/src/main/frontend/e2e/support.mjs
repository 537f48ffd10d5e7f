// Helpers for the browser tests: sessions with error capture, logins through the UI, set-up through the API, and
// screenshots. Every test creates its own users (unique names), so tests are independent and can run in any order.
import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { ADMIN_PASSWORD, BASE_URL } from './browser.mjs'

export const SCREENSHOTS = new URL('../test-results/', import.meta.url).pathname
mkdirSync(SCREENSHOTS, { recursive: true })

export function unique(prefix) {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`
}

export function strongPassword() {
  return `E2e-${randomBytes(12).toString('base64url')}`
}

/** A fresh browser context (own cookies and sessionStorage) whose page records script errors and CSP violations. */
export async function openPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  const page = await context.newPage()
  const problems = []
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(`CSP: ${m.text()}`)
  })
  page.setDefaultTimeout(10_000)
  return { context, page, problems }
}

export async function login(page, username, password) {
  await page.goto(`${BASE_URL}/login`)
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Log in' }).click()
}

export async function loginAsAdmin(page) {
  await login(page, 'admin', ADMIN_PASSWORD)
  await page.getByRole('button', { name: 'Log out' }).waitFor()
}

async function call(method, path, { token, json } = {}) {
  const headers = { Accept: 'application/json' }
  if (token) headers.Authorization = `Bearer ${token}`
  if (json !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(`${BASE_URL}${path}`, { method, headers, body: json === undefined ? undefined : JSON.stringify(json) })
  const text = await response.text()
  return { status: response.status, body: text === '' ? null : JSON.parse(text) }
}

export const api = {
  login: (username, password) => call('POST', '/api/auth/login', { json: { username, password } }),
  refresh: (refreshToken) => call('POST', '/api/auth/refresh', { json: { refreshToken } }),
  get: (path, token) => call('GET', path, { token }),
}

/** Creates a user through the API (as admin) and returns its name and password. */
export async function createUser(role = 'user') {
  const admin = await api.login('admin', ADMIN_PASSWORD)
  if (admin.status !== 200) throw new Error(`admin login failed: ${admin.status} ${JSON.stringify(admin.body)}`)
  const username = unique(`e2e-${role}`)
  const password = strongPassword()
  const created = await call('POST', '/api/users', { token: admin.body.accessToken, json: { username, password, role } })
  if (created.status !== 201) throw new Error(`create user failed: ${created.status} ${JSON.stringify(created.body)}`)
  return { username, password, id: created.body.user.id }
}

/** What a person sees in the window (a full-page shot would cut a modal's backdrop at the window's edge). */
export async function screenshot(page, name) {
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png` })
}

export { BASE_URL }
