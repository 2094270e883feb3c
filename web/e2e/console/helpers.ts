import { expect, type APIRequestContext, type APIResponse, type Page } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import { deflateSync } from 'node:zlib'
import { demo, tokenOf } from '../support/api'

/** Demo logins the local stack seeds (README: Demo logins). */
export const owner = { login: 'owner@acme.bazaar.local', password: 'merchant-demo-pass' }
export const admin = { login: 'admin@bazaar.local', password: 'admin-demo-pass' }
/** Acme staff: the order clerk and product editor roles (products, imports, orders; not messages, staff, statistics, settings). */
export const staff = demo.staff

/** A name no other run or test has used, so specs never depend on each other or on what an earlier run left. */
export function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`
}

/** Signs in through the console's sign-in page and waits for the overview. */
export async function signIn(page: Page, who: { login: string; password: string }) {
  await page.goto('/console/sign-in')
  await page.getByTestId('sign-in-login').fill(who.login)
  await page.getByTestId('sign-in-password').fill(who.password)
  await page.getByTestId('sign-in-submit').click()
  await expect(page.getByTestId('home')).toBeVisible()
}

/**
 * Signs in through the API instead of the form, for tests about something else: the answer's refresh cookie lands in
 * the browser context (page.request shares its cookies), so the console restores the session from it as after a
 * reload. Saves sign-ins, which the API limits per client address. Returns the access token for setting a scene.
 */
export async function signInByApi(page: Page, who: { login: string; password: string }): Promise<string> {
  const response = await page.request.post('/api/auth/login', { data: who })
  if (!response.ok()) throw new Error(`login of ${who.login}: HTTP ${response.status()} ${await response.text()}`)
  const { accessToken } = await response.json()
  await page.goto('/console/')
  await expect(page.getByTestId('home')).toBeVisible()
  return accessToken
}

export async function signOut(page: Page) {
  const toggle = page.getByTestId('menu-toggle')
  if (await toggle.isVisible()) await toggle.click()
  await page.getByTestId('sign-out').click()
  await expect(page.getByTestId('sign-in-form')).toBeVisible()
}

/** Follows a menu entry (opening the menu first on a phone). */
export async function openMenu(page: Page, testid: string) {
  const toggle = page.getByTestId('menu-toggle')
  if (await toggle.isVisible()) await toggle.click()
  await page.getByTestId(testid).click()
}

/** A real PNG of one colour, built byte by byte (signature, IHDR, zlib IDAT, IEND with their CRCs). */
export function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, i) => rgb[i % 3]!)])
  const raw = Buffer.concat(Array.from({ length: height }, () => row))
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))])
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

/** The value of the category option whose name is `name` (options are indented by depth). */
export async function categoryValue(page: Page, testid: string, name: string): Promise<string> {
  const options = page.getByTestId(testid).first().locator('option')
  const find = async () => (await options.allTextContents()).findIndex((t) => t.replace(/\u00a0/g, ' ').trim() === name)
  // the tree arrives after the page: wait for it
  await expect.poll(find, { message: `category ${name} in ${testid}` }).toBeGreaterThanOrEqual(0)
  return (await options.nth(await find()).getAttribute('value'))!
}

/** A paid order of the demo shopper for one Acme SKU, set up through the API as the storefront would. */
export interface PaidOrder {
  orderNumber: string
  productName: string
  skuId: string
}

/**
 * Sets the scene for the merchant's order pages: the demo shopper signs in, empties the cart, adds `quantity` units (default one) of an Acme
 * SKU that is on sale and in stock, checks out with a delivery address and the sandbox card, and completes the sandbox
 * payment. Uses its own request context (not the page's), so the shopper's refresh cookie never reaches the console.
 */
export async function paidOrder(request: APIRequestContext, quantity = 1): Promise<PaidOrder> {
  const ok = async (what: string, response: APIResponse, status?: number) => {
    if (status ? response.status() !== status : !response.ok()) {
      throw new Error(`${what}: HTTP ${response.status()} ${await response.text()}`)
    }
    return response
  }
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

  // an Acme SKU shoppers can buy: the merchant's own approved products, listed, with stock
  const merchant = bearer(await tokenOf(request, owner))
  const products = await (await ok('merchant products', await request.get('/api/merchant/products',
    { headers: merchant, params: { status: 'approved', size: 100 } }))).json()
  const product = (products.items as { name: string; visibleToShoppers: boolean; skus: { id: string; stock: number; priceMinor: number }[] }[])
    .find((p) => p.visibleToShoppers && p.skus.some((s) => s.stock >= quantity && s.priceMinor > 0))
  if (!product) throw new Error('no Acme product on sale with stock')
  const sku = product.skus.find((s) => s.stock >= quantity && s.priceMinor > 0)!

  const shopper = bearer(await tokenOf(request, demo.shopper))
  const cart = await (await ok('cart', await request.get('/api/cart', { headers: shopper }))).json()
  for (const line of cart.lines as { skuId: string }[]) {
    await ok('empty the cart', await request.delete(`/api/cart/lines/${line.skuId}`, { headers: shopper }))
  }
  await ok('add to cart', await request.post('/api/cart/lines', { headers: shopper, data: { skuId: sku.id, quantity } }))
  const checkout = await (await ok('checkout', await request.post('/api/orders/checkout', {
    headers: { ...shopper, 'Idempotency-Key': randomUUID() },
    data: {
      address: { name: 'Sam Shopper', phone: '+86 138 0000 0000', country: 'CN', region: 'Shanghai', city: 'Shanghai',
        line1: '1 Nanjing Road', postalCode: '200001' },
      paymentMethod: 'sandbox-card',
    },
  }), 201)).json()
  const order = (checkout.orders as { orderNumber: string; lines: { skuId: string }[] }[]).find((o) => o.lines.some((l) => l.skuId === sku.id))
  if (!order) throw new Error(`checkout without an order for ${sku.id}: ${JSON.stringify(checkout)}`)
  // the sandbox's page answers at the API's own address; go through the address the tests use
  const pay = new URL(checkout.payment.redirectUrl as string)
  await ok('pay', await request.post(`${pay.pathname}/complete`))
  return { orderNumber: order.orderNumber, productName: product.name, skuId: sku.id }
}
