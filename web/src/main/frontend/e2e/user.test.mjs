// A plain user: sees only what the role allows, changes the password, and is told when the password is wrong.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { launch } from './browser.mjs'
import { BASE_URL, createUser, login, openPage, screenshot, strongPassword } from './support.mjs'

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

test('a plain user sees no admin navigation and cannot open /users', async () => {
  const person = await createUser('user')
  const { page, problems, context } = await openPage(browser)
  try {
    await login(page, person.username, person.password)
    await page.getByRole('heading', { name: 'Profile', level: 1 }).waitFor()
    const nav = page.getByRole('navigation', { name: 'Main' })
    assert.deepEqual(await nav.getByRole('link').allTextContents(), ['Instances', 'API keys', 'Requests', 'Usage and cost', 'Profile'])
    await page.getByText(`0 of 10`).first().waitFor() // the user's own quota and usage
    await screenshot(page, 'profile')

    await page.goto(`${BASE_URL}/users`)
    await page.getByRole('heading', { name: 'Not allowed' }).waitFor()
    assert.equal(await page.getByRole('table').count(), 0, 'no user list is shown')
    await screenshot(page, 'not-allowed')
    await page.goto(`${BASE_URL}/audit`)
    await page.getByRole('heading', { name: 'Not allowed' }).waitFor()
    assert.deepEqual(problems, [])
  } finally {
    await context.close()
  }
})

test('a user changes the password and logs in again with the new one', async () => {
  const person = await createUser('user')
  const { page, problems, context } = await openPage(browser)
  try {
    await login(page, person.username, person.password)
    await page.getByRole('heading', { name: 'Profile', level: 1 }).waitFor()
    const form = page.getByRole('form', { name: 'Change password' })

    // the server's password policy speaks through the form
    await form.getByLabel('Current password').fill(person.password)
    await form.getByLabel('New password', { exact: true }).fill('short')
    await form.getByLabel('Repeat new password').fill('short')
    await form.getByRole('button', { name: 'Change password' }).click()
    await form.getByText('must be at least 12 characters').waitFor()

    const next = strongPassword()
    await form.getByLabel('New password', { exact: true }).fill(next)
    await form.getByLabel('Repeat new password').fill(next)
    await form.getByRole('button', { name: 'Change password' }).click()
    await page.getByText('Password changed. Your other sessions have been logged out.').waitFor()
    // the page goes on working with the fresh session the server handed out
    await page.reload()
    await page.getByRole('heading', { name: 'Profile', level: 1 }).waitFor()

    await page.getByRole('button', { name: 'Log out' }).click()
    await page.getByText('You have been logged out.').waitFor()
    await login(page, person.username, person.password)
    await page.getByRole('alert').getByText('username or password is wrong').waitFor()
    await login(page, person.username, next)
    await page.getByRole('heading', { name: 'Profile', level: 1 }).waitFor()
    assert.deepEqual(problems, [])
  } finally {
    await context.close()
  }
})

test('a wrong password shows the server message and no session starts', async () => {
  const person = await createUser('user')
  const { page, problems, context } = await openPage(browser)
  try {
    await login(page, person.username, 'not-the-password-at-all')
    await page.getByRole('alert').getByText('username or password is wrong').waitFor()
    assert.equal(new URL(page.url()).pathname, '/login')
    assert.equal(await page.evaluate(() => sessionStorage.length), 0)
    await screenshot(page, 'login-error')
    assert.deepEqual(problems, [])
  } finally {
    await context.close()
  }
})
