// A user's instance: create it in the console, watch it go online, run a health check and see it succeed,
// stop it, delete it. The admin sees the cluster overview.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { launch } from './browser.mjs'
import { BASE_URL, api, createUser, login, loginAsAdmin, openPage, screenshot, unique } from './support.mjs'

/** Deletes whatever instances the person still has (a failed run must not leave agent processes behind). */
async function removeInstances(person) {
  const session = await api.login(person.username, person.password)
  const list = await api.get('/api/instances', session.body.accessToken)
  for (const i of list.body?.items ?? []) {
    await fetch(`${BASE_URL}/api/instances/${String(i.id)}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${session.body.accessToken}` },
    })
  }
}

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

test('a user creates an instance, sees its agent online, runs a health check, stops and deletes it', async () => {
  const person = await createUser('user')
  const { page, problems, context } = await openPage(browser)
  try {
    await login(page, person.username, person.password)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Instances' }).click()
    await page.getByRole('heading', { name: 'Instances', level: 1 }).waitFor()
    await page.getByText('Live updates on.').waitFor()

    const name = unique('e2e-inst')
    await page.getByRole('button', { name: 'New instance' }).click()
    const create = page.getByRole('dialog', { name: 'New instance' })
    await create.getByLabel('Name').fill(name)
    await create.getByLabel('Type').selectOption('custom')
    await create.getByLabel('Environment').fill('GREETING=hello')
    await create.getByRole('button', { name: 'Create instance' }).click()
    await page.getByText(`Instance ${name} is being created`).waitFor()

    const row = page.getByRole('row').filter({ hasText: name })
    await row.getByText('agent online').waitFor({ timeout: 60_000 })
    await row.getByText('running', { exact: true }).first().waitFor({ timeout: 60_000 }) // the status badge (the desired column says it too)
    await screenshot(page, 'instances')

    await row.getByRole('button', { name: `Open ${name}` }).click()
    const drawer = page.getByRole('dialog', { name: `Instance ${name}` })
    await drawer.getByText('Last heartbeat').waitFor()
    await drawer.getByLabel('Command', { exact: true }).selectOption('health_check')
    const started = Date.now()
    await drawer.getByRole('button', { name: 'Run command' }).click()
    const timeline = drawer.getByRole('list', { name: 'Command timeline' })
    await timeline.getByRole('listitem').filter({ hasText: 'health_check' }).getByText('succeeded').waitFor({ timeout: 10_000 })
    assert.ok(Date.now() - started < 5_000, 'the health check finished within seconds')
    await screenshot(page, 'instance-detail')

    await drawer.getByRole('button', { name: 'Stop' }).click()
    await drawer.getByText('stopped', { exact: true }).first().waitFor({ timeout: 30_000 })
    await drawer.getByRole('button', { name: 'Close' }).click()
    await row.locator('.badge', { hasText: /^stopped$/ }).waitFor({ timeout: 30_000 })

    await row.getByLabel(`Select ${name}`).check()
    await page.getByRole('button', { name: 'Delete selected' }).click()
    await page.getByRole('row').filter({ hasText: name }).waitFor({ state: 'detached', timeout: 30_000 })
    assert.deepEqual(problems, [])
  } finally {
    await context.close()
    await removeInstances(person)
  }
})

test('an admin sees the cluster overview of this host', async () => {
  const { page, problems, context } = await openPage(browser)
  try {
    await loginAsAdmin(page)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cluster' }).click()
    await page.getByRole('heading', { name: 'Cluster', level: 1 }).waitFor()
    await page.getByRole('cell', { name: 'localhost' }).waitFor()
    await screenshot(page, 'cluster')
    assert.deepEqual(problems, [])
  } finally {
    await context.close()
  }
})
