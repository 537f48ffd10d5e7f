// Sessions in the browser: transparent token refresh, reloads, logout that really ends the session.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { launch } from './browser.mjs'
import { api, BASE_URL, createUser, login, openPage } from './support.mjs'

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

const REFRESH_KEY = 'clawmanager.refreshToken'

test('an invalid access token is refreshed transparently and the request retried', async () => {
  const person = await createUser('admin')
  const { page, problems, context } = await openPage(browser)
  try {
    await login(page, person.username, person.password)
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor()
    await page.getByRole('table').waitFor()

    // the next list request leaves with a broken token, as an expired one would: the server answers 401
    let tampered = false
    await page.route((url) => url.pathname === '/api/users', async (route) => {
      if (tampered) return route.continue()
      tampered = true
      await route.continue({ headers: { ...route.request().headers(), authorization: 'Bearer eyJhbGciOiJSUzI1NiJ9.e30.broken' } })
    })
    const seen = []
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname
      if (path.startsWith('/api/')) seen.push(`${r.request().method()} ${path} ${r.status()}`)
    })
    const before = await page.evaluate((k) => sessionStorage.getItem(k), REFRESH_KEY)

    const retried = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/users' && r.status() === 200)
    await page.getByLabel('Search').fill(person.username) // a new query: one request to /api/users
    await retried
    await page.getByRole('button', { name: `Edit ${person.username}` }).waitFor()
    assert.ok(tampered)
    assert.deepEqual(seen.filter((s) => !s.includes('/api/users/')), ['GET /api/users 401', 'POST /api/auth/refresh 200', 'GET /api/users 200'])
    const afterRefresh = await page.evaluate((k) => sessionStorage.getItem(k), REFRESH_KEY)
    assert.notEqual(afterRefresh, before, 'the refresh token rotated')
    assert.equal(await page.getByText('Your session has ended').count(), 0)
    assert.deepEqual(problems, [])
  } finally {
    await context.close()
  }
})

test('a reload keeps the session (refresh token in sessionStorage), a new tab context does not', async () => {
  const person = await createUser('user')
  const { page, problems, context } = await openPage(browser)
  try {
    await login(page, person.username, person.password)
    await page.getByRole('heading', { name: 'Profile', level: 1 }).waitFor()
    await page.reload()
    await page.getByRole('heading', { name: 'Profile', level: 1 }).waitFor()
    assert.ok(await page.getByText(`Signed in as`).isVisible())

    const other = await openPage(browser)
    await other.page.goto(`${BASE_URL}/profile`)
    await other.page.getByRole('heading', { name: 'Log in' }).waitFor()
    await other.context.close()
    assert.deepEqual(problems, [])
  } finally {
    await context.close()
  }
})

test('logout returns to the login page and the old tokens no longer work', async () => {
  const person = await createUser('user')
  const { page, problems, context } = await openPage(browser)
  try {
    let accessToken = null
    page.on('request', (r) => {
      const auth = r.headers().authorization
      if (auth?.startsWith('Bearer ')) accessToken = auth.slice(7)
    })
    await login(page, person.username, person.password)
    await page.getByRole('heading', { name: 'Profile', level: 1 }).waitFor()
    const refreshToken = await page.evaluate((k) => sessionStorage.getItem(k), REFRESH_KEY)
    assert.ok(accessToken && refreshToken)
    assert.equal((await api.get('/api/users/me', accessToken)).status, 200, 'the token works before logout')

    await page.getByRole('button', { name: 'Log out' }).click()
    await page.getByText('You have been logged out.').waitFor()
    assert.equal(new URL(page.url()).pathname, '/login')
    assert.equal(await page.evaluate((k) => sessionStorage.getItem(k), REFRESH_KEY), null)

    const me = await api.get('/api/users/me', accessToken)
    assert.equal(me.status, 401)
    assert.equal(me.body.code, 'session-ended')
    const refreshed = await api.refresh(refreshToken)
    assert.equal(refreshed.status, 401)
    await page.goto(`${BASE_URL}/profile`)
    await page.getByRole('heading', { name: 'Log in' }).waitFor()
    assert.deepEqual(problems, [])
  } finally {
    await context.close()
  }
})
