// Risk rules in the console: test a sample with highlighted hits, add a rule, switch it off, delete it; operators
// read and test but do not edit.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { launch } from './browser.mjs'
import { createUser, login, loginAsAdmin, openPage, screenshot, unique } from './support.mjs'

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

async function runTest(page, text) {
  const box = page.getByRole('form', { name: 'Test the rules' })
  await box.getByLabel('Sample text').fill(text)
  await box.getByRole('button', { name: 'Test' }).click()
}

test('admin tests a sample, adds a blocking rule, switches it off and deletes it', async () => {
  const { page, problems, context } = await openPage(browser)
  try {
    await loginAsAdmin(page)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Risk rules' }).click()
    await page.getByRole('heading', { name: 'Risk rules', level: 1 }).waitFor()
    await page.getByRole('row').filter({ hasText: 'email_address' }).waitFor()

    await runTest(page, 'write to jane.doe@example.com today')
    const highlighted = page.getByTestId('risk-highlighted').locator('mark')
    await highlighted.first().waitFor()
    assert.equal((await highlighted.first().getAttribute('data-rules')), 'email_address')
    assert.match(await highlighted.first().textContent(), /^jane\.doe@example\.com/)
    assert.equal(await page.getByTestId('risk-redacted').textContent(), 'write to [REDACTED:EMAIL_ADDRESS] today')
    await screenshot(page, 'risk-test')

    const ruleId = unique('e2e').toLowerCase()
    const word = `plumbus${ruleId.slice(-6)}`
    await page.getByRole('button', { name: 'New rule' }).click()
    const dialog = page.getByRole('dialog', { name: 'New risk rule' })
    await dialog.getByLabel('Rule id').fill(ruleId)
    await dialog.getByLabel('Name').fill('E2E codeword')
    await dialog.getByRole('combobox', { name: 'Kind' }).selectOption('regex')
    await dialog.getByLabel('Regular expression').fill('([a-z')
    await dialog.getByRole('combobox', { name: 'Action' }).selectOption('block')
    await dialog.getByRole('button', { name: 'Save rule' }).click()
    await dialog.getByText(/is not a valid regular expression/).waitFor()
    assert.equal(await dialog.getByLabel('Regular expression').getAttribute('aria-invalid'), 'true')
    await screenshot(page, 'risk-invalid-regex')
    await dialog.getByRole('combobox', { name: 'Kind' }).selectOption('keywords')
    await dialog.getByLabel('Keywords (one per line)').fill(word)
    await dialog.getByRole('button', { name: 'Save rule' }).click()
    await page.getByText('Rule E2E codeword saved').waitFor()

    await runTest(page, `the ${word} is ready`)
    await page.locator('.risk-result').getByText('block', { exact: true }).first().waitFor()
    assert.equal(await page.getByTestId('risk-highlighted').locator('mark').first().getAttribute('data-rules'), ruleId)

    await page.getByRole('checkbox', { name: 'Disable E2E codeword' }).click() // controlled: flips when the server answered
    await page.getByText('E2E codeword disabled').waitFor()
    await runTest(page, `the ${word} is ready`)
    await page.locator('.risk-result').getByText('allow', { exact: true }).waitFor()
    assert.equal(await page.getByTestId('risk-highlighted').locator('mark').count(), 0)

    // the filter narrows the list; "Enable shown" switches exactly what is listed
    await page.getByLabel('Search').fill(ruleId)
    assert.equal(await page.getByRole('row').count(), 2, 'header and the one matching rule')
    await page.getByRole('button', { name: 'Enable shown' }).click()
    await page.getByText('1 rules enabled').waitFor()
    await runTest(page, `the ${word} is ready`)
    await page.locator('.risk-result').getByText('block', { exact: true }).first().waitFor()

    await page.getByRole('button', { name: 'Edit E2E codeword' }).click()
    const edit = page.getByRole('dialog', { name: 'Edit E2E codeword' })
    await edit.getByRole('button', { name: 'Delete…' }).click()
    await page.getByRole('dialog', { name: 'Delete E2E codeword?' }).getByRole('button', { name: 'Delete rule' }).click()
    await page.getByText('Rule E2E codeword deleted').waitFor()
    assert.equal(await page.getByRole('row').filter({ hasText: ruleId }).count(), 0)
    assert.deepEqual(problems, [])
  } finally {
    await context.close()
  }
})

test('an operator reads and tests the rules but cannot edit them', async () => {
  const person = await createUser('operator')
  const { page, problems, context } = await openPage(browser)
  try {
    await login(page, person.username, person.password)
    await page.getByRole('heading', { name: 'Risk rules', level: 1 }).waitFor()
    await page.getByRole('row').filter({ hasText: 'private_key_marker' }).waitFor()
    assert.equal(await page.getByRole('button', { name: 'New rule' }).count(), 0)
    assert.equal(await page.getByRole('button', { name: /^Edit / }).count(), 0)
    await runTest(page, 'AKIAIOSFODNN7EXAMPLE')
    await page.getByTestId('risk-redacted').getByText('[REDACTED:API_KEY_LIKE]').waitFor()
    assert.deepEqual(problems, [])
  } finally {
    await context.close()
  }
})
