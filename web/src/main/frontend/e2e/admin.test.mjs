// An administrator's day: create a user, change its role and quota, import a CSV, read the audit log.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { launch } from './browser.mjs'
import { BASE_URL, loginAsAdmin, openPage, screenshot, unique } from './support.mjs'

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

test('admin creates a user, changes role and quota, and finds it all in the audit log', async () => {
  const { page, problems, context } = await openPage(browser)
  try {
    await loginAsAdmin(page)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click()
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor()
    await screenshot(page, 'users')

    const username = unique('e2e-new')
    await page.getByRole('button', { name: 'New user' }).click()
    const create = page.getByRole('dialog', { name: 'New user' })
    await create.getByLabel('Username').fill(username)
    await create.getByLabel('Display name').fill('E2E Person')
    await create.getByRole('button', { name: 'Create user' }).click()
    const done = page.getByRole('dialog', { name: 'User created' })
    const secret = done.getByLabel(`Password for ${username}`)
    assert.match(await secret.textContent(), /^\S{12,}$/, 'a generated password is shown')
    await screenshot(page, 'user-created')
    await done.getByRole('button', { name: 'Done' }).click()

    await page.getByLabel('Search').fill(username)
    await page.getByRole('button', { name: `Edit ${username}` }).click()
    const drawer = page.getByRole('dialog', { name: `Edit ${username}` })
    await drawer.getByRole('combobox', { name: 'Role' }).selectOption('operator')
    await drawer.getByRole('button', { name: 'Change role' }).click()
    await page.getByText(`${username} is now operator`).waitFor()

    // a value the server refuses: its message appears next to the field, nothing is saved
    const instances = drawer.getByLabel('Instances')
    await instances.fill('-1')
    await drawer.getByRole('button', { name: 'Save quota' }).click()
    await drawer.getByText('must be greater than or equal to 0').waitFor()
    assert.equal(await instances.getAttribute('aria-invalid'), 'true')
    await screenshot(page, 'quota-error')
    await instances.fill('3')
    await drawer.getByLabel('GPUs').fill('1')
    await drawer.getByRole('button', { name: 'Save quota' }).click()
    await page.getByText('Quota saved').waitFor()
    await drawer.getByRole('button', { name: 'Close' }).click()

    await page.getByRole('link', { name: 'Audit log' }).click()
    await page.getByLabel('Target type').fill('user')
    await page.getByLabel('Action').fill('user.*')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    const quotaRow = page.getByRole('row').filter({ hasText: 'user.quota.update' }).filter({ hasText: `quota of ${username}` })
    await quotaRow.getByRole('button', { name: /Details of user.quota.update/ }).click()
    const details = page.locator('.row-details').first()
    await details.getByText(/Changed: .*maxGpus.*maxInstances/).waitFor()
    const changedAfter = details.getByRole('figure', { name: 'After' }).locator('.json-changed')
    const marked = (await changedAfter.allTextContents()).map((t) => t.trim())
    assert.deepEqual(marked, ['"maxGpus": 1, (changed)', '"maxInstances": 3, (changed)'])
    await screenshot(page, 'audit')

    assert.ok(await page.getByRole('row').filter({ hasText: `created user ${username}` }).count() === 1, 'the creation is on record')
    const roleRow = page.getByRole('row').filter({ hasText: 'user.update' }).filter({ hasText: `updated ${username}` })
    await roleRow.first().getByRole('button', { name: /Details of/ }).click()
    await page.getByText('Changed: role').first().waitFor()
    assert.deepEqual(problems, [])
  } finally {
    await context.close()
  }
})

test('admin imports a CSV with good, duplicate and invalid rows and sees the per-row report', async () => {
  const { page, problems, context } = await openPage(browser)
  try {
    await loginAsAdmin(page) // admins start on the users page
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor()
    const good = unique('e2e-csv')
    const csv = ['username,email,role,maxInstances', `${good},${good}@example.com,user,4`, `${good},,user,`, 'Not Valid,,user,', `${good}-op,,superhero,`].join('\n')
    await page.getByRole('button', { name: 'Import CSV' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import users from CSV' })
    await dialog.getByLabel('CSV file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await dialog.getByText('Loaded people.csv').waitFor()
    await dialog.getByRole('button', { name: 'Import' }).click()
    await dialog.getByText('4 rows: 1 imported, 3 rejected.').waitFor()
    const rows = dialog.getByRole('table').getByRole('row')
    assert.equal(await rows.count(), 5)
    assert.match(await rows.nth(1).textContent(), new RegExp(`^2${good}imported\\S{12,}Copy$`))
    assert.match(await rows.nth(2).textContent(), /^3.*rejectedusername appears more than once in the file$/)
    assert.match(await rows.nth(3).textContent(), /^4not validrejectedusername must be 3-64 lower-case letters/)
    assert.match(await rows.nth(4).textContent(), /rejectedrole must be admin, operator or user$/)
    await screenshot(page, 'import-report')
    await dialog.getByRole('button', { name: 'Done' }).click()

    await page.getByLabel('Search').fill(good)
    await page.getByRole('row').filter({ hasText: `${good}@example.com` }).waitFor()

    // the imported account is on record, with the state it was created in
    await page.goto(`${BASE_URL}/audit?action=user.create&actor=admin`)
    const created = page.getByRole('row').filter({ hasText: `created user ${good}` })
    await created.getByRole('button', { name: /Details of user.create/ }).click()
    await page.getByText('Created: there was no state before.').waitFor()
    await page.getByRole('figure', { name: 'After' }).getByText(`"email": "${good}@example.com",`).waitFor()
    assert.equal(await page.getByRole('row').filter({ hasText: `created user ${good}-op` }).count(), 0, 'rejected rows created nothing')
    assert.deepEqual(problems, [])
  } finally {
    await context.close()
  }
})

test('deleting your own account is refused with the server reason', async () => {
  const { page, problems, context } = await openPage(browser)
  try {
    await loginAsAdmin(page)
    await page.getByRole('link', { name: 'Users' }).click()
    await page.getByLabel('Search').fill('admin')
    await page.getByRole('button', { name: 'Edit admin', exact: true }).click()
    const drawer = page.getByRole('dialog', { name: 'Edit admin' })
    await drawer.getByRole('button', { name: 'Delete admin…' }).click()
    const confirm = page.getByRole('dialog', { name: 'Delete admin?' })
    await confirm.getByRole('button', { name: 'Delete user' }).click()
    await confirm.getByRole('alert').getByText('you cannot delete your own account').waitFor()
    assert.deepEqual(problems, [])
  } finally {
    await context.close()
  }
})
