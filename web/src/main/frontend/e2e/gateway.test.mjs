// The AI gateway in the console: a person creates a key, calls a model with it like any OpenAI client would, and
// finds the request, its trace and its cost; an administrator manages models, aliases, prices and budgets.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { launch } from './browser.mjs'
import { BASE_URL, createUser, login, loginAsAdmin, openPage, screenshot, unique } from './support.mjs'

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

async function chat(key, body) {
  const response = await fetch(`${BASE_URL}/v1/chat/completions`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: response.status, trace: response.headers.get('x-trace-id'), text: await response.text() }
}

test('a person creates a key, uses it, and finds the request, its trace and its cost', async () => {
  const person = await createUser('user')
  const { page, problems, context } = await openPage(browser)
  try {
    await login(page, person.username, person.password)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API keys' }).click()
    await page.getByRole('heading', { name: 'API keys', level: 1 }).waitFor()
    await page.getByRole('button', { name: 'New key' }).click()
    const create = page.getByRole('dialog', { name: 'New key' })
    await create.getByLabel('Name').fill('notebook')
    await create.getByRole('button', { name: 'Create key' }).click()
    const done = page.getByRole('dialog', { name: 'Key created' })
    const secret = (await done.getByLabel('Secret of notebook').textContent()).trim()
    assert.match(secret, /^cmgw_\S{40,}$/)
    await screenshot(page, 'gateway-key-created')
    await done.getByRole('button', { name: 'Done' }).click()
    await page.getByRole('row').filter({ hasText: 'notebook' }).getByText('active').waitFor()
    assert.equal(await page.getByText(secret).count(), 0, 'the secret is not shown again')

    const streamed = await chat(secret, { model: 'mock-chat', stream: true, stream_options: { include_usage: true },
      messages: [{ role: 'user', content: 'hello from the browser test' }] })
    assert.equal(streamed.status, 200)
    assert.match(streamed.text, /"usage":\{"prompt_tokens":\d+/)
    assert.ok(streamed.text.endsWith('data: [DONE]\n\n'))

    await page.getByRole('link', { name: 'Requests' }).click()
    await page.getByRole('heading', { name: 'Requests', level: 1 }).waitFor()
    const row = page.getByRole('row').filter({ hasText: 'mock-chat' }).first()
    await row.getByText('200', { exact: true }).waitFor()
    await row.getByRole('button', { name: /Trace of the request/ }).click()
    const trace = page.getByLabel(`Trace ${streamed.trace}`)
    await trace.getByText('gateway.request.completed').waitFor()
    await trace.getByText(/served mock-chat by mock/).waitFor()
    await screenshot(page, 'gateway-trace')

    await page.getByRole('link', { name: 'Usage and cost' }).click()
    await page.getByRole('heading', { name: 'Usage and cost', level: 1 }).waitFor()
    await page.getByLabel('Total requests').filter({ hasText: /^1$/ }).waitFor()
    assert.match(await page.getByLabel('Total cost').textContent(), /^\$0\.0000\d+/)
    await page.getByRole('img', { name: /Cost by model: mock-chat/ }).waitFor()
    await screenshot(page, 'gateway-usage')

    await page.getByRole('link', { name: 'API keys' }).click()
    await page.getByRole('row').filter({ hasText: 'notebook' }).getByRole('cell', { name: '1', exact: true }).waitFor()
    await page.getByRole('button', { name: 'Revoke notebook' }).click()
    await page.getByRole('dialog', { name: 'Revoke notebook' }).getByRole('button', { name: 'Revoke key' }).click()
    await page.getByRole('row').filter({ hasText: 'notebook' }).getByText('revoked').waitFor()
    assert.equal((await chat(secret, { model: 'mock-chat', messages: [{ role: 'user', content: 'x' }] })).status, 401)
    assert.deepEqual(problems, [])
  } finally {
    await context.close()
  }
})

test('an administrator adds an alias, a price version and a budget', async () => {
  const { page, problems, context } = await openPage(browser)
  try {
    await loginAsAdmin(page)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Providers and models' }).click()
    await page.getByRole('heading', { name: 'Providers and models', level: 1 }).waitFor()
    await page.getByRole('table', { name: 'Providers' }).getByRole('cell', { name: 'mock', exact: true }).first().waitFor()
    await page.getByRole('button', { name: 'Discover models of mock' }).click()
    await page.getByRole('cell', { name: 'mock-chat, mock-embed, mock-secure' }).waitFor()

    const alias = unique('e2e-alias')
    const aliases = page.getByRole('form', { name: 'Add alias' })
    await aliases.getByLabel('Alias').fill(alias)
    await aliases.getByLabel('Target model').fill('mock-chat')
    await aliases.getByRole('button', { name: 'Save alias' }).click()
    await page.getByRole('table', { name: 'Aliases' }).getByRole('cell', { name: alias, exact: true }).waitFor()

    const prices = page.getByRole('form', { name: 'Add price' })
    await prices.getByLabel('Price model').fill(alias)
    await prices.getByLabel('Input per 1M tokens').fill('-1')
    await prices.getByLabel('Output per 1M tokens').fill('1')
    await prices.getByRole('button', { name: 'Add price version' }).click()
    await prices.getByText('must be greater than or equal to 0').waitFor()
    await prices.getByLabel('Input per 1M tokens').fill('2.5')
    await prices.getByRole('button', { name: 'Add price version' }).click()
    await page.getByRole('table', { name: 'Price versions' }).getByRole('row').filter({ hasText: alias }).getByText('current').waitFor()
    await screenshot(page, 'gateway-models')

    await page.getByRole('link', { name: 'Budgets and limits' }).click()
    const limits = page.getByRole('form', { name: 'Add limit' })
    await limits.getByLabel('Scope').selectOption('model')
    await limits.getByLabel('Subject').fill(alias)
    await limits.getByLabel('Metric').selectOption('cost')
    await limits.getByLabel('Period').selectOption('day')
    await limits.getByLabel('Limit').fill('12.5')
    await limits.getByRole('button', { name: 'Add limit' }).click()
    await page.getByRole('table', { name: 'Limits and budgets' }).getByRole('row').filter({ hasText: alias })
      .getByText('12.5 USD per day').waitFor()
    await screenshot(page, 'gateway-limits')
    assert.deepEqual(problems, [])
  } finally {
    await context.close()
  }
})
