import { test } from 'node:test'
import assert from 'node:assert/strict'
import { launch, BASE_URL } from './browser.mjs'
import { openPage } from './support.mjs'

test('the console is served at / with security headers and runs under its CSP', async () => {
  const browser = await launch()
  try {
    const { page, problems } = await openPage(browser)
    const response = await page.goto(BASE_URL + '/')
    assert.equal(response.status(), 200)
    assert.match(response.headers()['content-security-policy'] ?? '', /default-src 'self'/)
    assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self';/)
    // without a session the console sends the visitor to the login page, rendered by the bundled scripts
    await page.getByRole('heading', { name: 'Log in' }).waitFor()
    assert.equal(new URL(page.url()).pathname, '/login')
    assert.equal(await page.title(), 'Log in · ClawManager')
    assert.deepEqual(problems, [])
  } finally {
    await browser.close()
  }
})
