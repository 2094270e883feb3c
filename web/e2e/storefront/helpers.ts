import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { demo, freshEmail, tokenOf } from '../support/api'
import { readFileSync } from 'node:fs'
import { latestCode } from '../support/outbox'
import { logFile } from '../support/stack'

export const PASSWORD = 'a long journey passphrase 7'

/**
 * Demo tokens, signed in once per worker: the API allows 30 sign-in attempts per client address in 15 minutes, and every
 * test of every suite signs in from 127.0.0.1. Access tokens live 15 minutes; one is reused for 10.
 */
const demoTokens = new Map<string, { token: string; at: number }>()
export async function demoToken(request: APIRequestContext, who: { login: string; password: string }): Promise<string> {
  const kept = demoTokens.get(who.login)
  if (kept && Date.now() - kept.at < 10 * 60_000) return kept.token
  const token = await tokenOf(request, who)
  demoTokens.set(who.login, { token, at: Date.now() })
  return token
}

/** The demo T-shirt (colours × sizes) and two of its SKUs with stock to spare, chosen from what the stack has now. */
export async function teeWithTwoSkus(request: APIRequestContext) {
  const search = await (await request.get('/api/catalog/products?q=tee')).json()
  const card = search.items.find((p: { name: string }) => p.name === 'Classic Cotton Tee')
  expect(card, 'the demo T-shirt is on sale').toBeTruthy()
  const product = await (await request.get(`/api/catalog/products/${card.id}`)).json()
  const skus = (product.skus as { id: string; attributes: Record<string, string>; stock: number; priceMinor: number }[])
    .filter((s) => s.stock >= 4)
    .sort((a, b) => b.stock - a.stock)
  const first = skus[0]
  const second = skus.find((s) => s.attributes.colour !== first?.attributes.colour) ?? skus[1]
  if (!first || !second) throw new Error('the demo T-shirt has no two SKUs with 4 units left; restart the stack')
  return { id: card.id as string, first, second }
}

/** A coupon made by the platform admin for this test only: 10 % off, once per customer. */
export async function createCoupon(request: APIRequestContext): Promise<string> {
  const token = await demoToken(request, demo.admin)
  const code = `SF-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e4)}`.toUpperCase()
  const response = await request.post('/api/admin/coupons', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      code,
      percent: 10,
      validFrom: new Date(Date.now() - 60_000).toISOString(),
      validUntil: new Date(Date.now() + 86_400_000).toISOString(),
      oncePerCustomer: true,
      totalUses: 10,
    },
  })
  expect(response.status(), await response.text()).toBe(201)
  return code
}

/** The merchant hands the order to the carrier (ShipRequest: carrier, trackingNumber). */
export async function shipAsMerchant(request: APIRequestContext, orderNumber: string) {
  const token = await demoToken(request, demo.owner)
  const response = await request.post(`/api/merchant/orders/${orderNumber}/ship`, {
    headers: { authorization: `Bearer ${token}` },
    data: { carrier: 'SF Express', trackingNumber: `SF${Date.now()}` },
  })
  expect(response.status(), await response.text()).toBe(200)
}

/** Fails when the page is wider than the screen (on a 360 px phone nothing may scroll sideways). */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0)
}

/** Signs a shopper in through the storefront's login form and waits for the signed-in header. */
export async function signInWithForm(page: Page, who: { login: string; password: string }) {
  await page.goto('/login')
  await page.getByTestId('login').fill(who.login)
  await page.getByTestId('password').fill(who.password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('sign-out')).toBeVisible()
}

/** A new activated account made through the API, for tests whose subject is not registration. */
export async function activatedAccount(request: APIRequestContext, prefix: string) {
  const login = freshEmail(prefix)
  const registered = await request.post('/api/auth/register', { data: { email: login, password: PASSWORD } })
  expect(registered.status(), await registered.text()).toBe(201)
  const activated = await request.post('/api/auth/activate', { data: { login, code: await latestCode(login) } })
  expect(activated.status(), await activated.text()).toBe(204)
  // Signing in costs one of the address's attempts: only tests that act through the API as this shopper do.
  return { login, password: PASSWORD, token: () => tokenOf(request, { login, password: PASSWORD }) }
}

/** On a phone the search filters sit behind a toggle. */
export async function openFilters(page: Page) {
  const toggle = page.getByTestId('filters-toggle')
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
}

export async function chooseSku(page: Page, attributes: Record<string, string>) {
  for (const [name, value] of Object.entries(attributes)) {
    const option = page.locator(`[data-testid="sku-option"][data-attribute="${name}"][data-value="${value}"]`)
    if ((await option.getAttribute('aria-pressed')) !== 'true') await option.click()
    await expect(option).toHaveAttribute('aria-pressed', 'true')
  }
}

/** How many messages the stack has sent to a login so far (to wait for the next one). */
export function messagesTo(login: string): number {
  const escaped = login.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return readFileSync(logFile, 'utf8').match(new RegExp(`(?:Email|SMS) to ${escaped}:`, 'g'))?.length ?? 0
}

/** The code of the next message to a login, once more than `before` messages were sent to it. */
export async function nextCode(login: string, before: number, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  while (messagesTo(login) <= before) {
    if (Date.now() > deadline) throw new Error(`no new code was sent to ${login} within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 250))
  }
  return latestCode(login)
}

/**
 * A product of the demo merchant with one SKU at 20.00 and a member price of 15.00, submitted, approved and listed
 * through the API; answers its SKU id.
 */
export async function memberPricedSku(request: APIRequestContext): Promise<string> {
  const merchant = { authorization: `Bearer ${await demoToken(request, demo.owner)}` }
  const created = await request.post('/api/merchant/products', { headers: merchant, data: {
    name: `Member tote ${Date.now().toString(36)}`, categoryId: 10, currency: 'CNY',
    skus: [{ attributes: {}, priceMinor: 2000, memberPriceMinor: 1500, stock: 5 }] } })
  expect(created.status(), await created.text()).toBe(201)
  const product = await created.json()
  expect((await request.post(`/api/merchant/products/${product.id}/submit`, { headers: merchant })).status()).toBe(200)
  const admin = { authorization: `Bearer ${await demoToken(request, demo.admin)}` }
  expect((await request.post(`/api/admin/products/${product.id}/approve`, { headers: admin })).status()).toBe(200)
  expect((await request.post(`/api/merchant/products/${product.id}/list`, { headers: merchant })).status()).toBe(200)
  return product.skus[0].id as string
}
