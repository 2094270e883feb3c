import { expect, test, type APIRequestContext } from '@playwright/test'
import { demo } from '../support/api'
import { shot } from '../support/shots'
import { owner, signInByApi } from '../console/helpers'
import { activatedAccount, demoToken, expectNoSidewaysScroll, signInWithForm } from './helpers'

/** A published coupon for this test only: shoppers collect it in the coupon centre, 15 % off, 5 to collect. */
async function publishedCoupon(request: APIRequestContext): Promise<string> {
  const token = await demoToken(request, demo.admin)
  const code = `WALLET-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e4)}`.toUpperCase()
  const response = await request.post('/api/admin/coupons', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      code, percent: 15, published: true, collectStock: 5, perCustomerLimit: 1, validDays: 7,
      validFrom: new Date(Date.now() - 60_000).toISOString(),
      validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    },
  })
  expect(response.status(), await response.text()).toBe(201)
  return code
}

// @phone: the member centre's points and coupon pages, the checkout's benefit fields and the order page at 360 px too.
test('a shopper collects a coupon, spends points and uses the coupon at checkout, and sees both in the member centre @phone', async ({ page, browser, request }, testInfo) => {
  test.setTimeout(120_000)
  const code = await publishedCoupon(request)
  const account = await activatedAccount(request, 'wallet')
  const token = await account.token()
  const auth = { authorization: `Bearer ${token}` }
  // The scene through the API: points from the platform admin's adjustment (as a shop's goodwill), one book in the cart.
  const me = await (await request.get('/api/me', { headers: auth })).json()
  const adjusted = await request.post('/api/admin/points/adjustments', {
    headers: { authorization: `Bearer ${await demoToken(request, demo.admin)}` },
    data: { accountId: me.id, amount: 500, reason: 'welcome points' },
  })
  expect(adjusted.status(), await adjusted.text()).toBe(201)
  const found = await (await request.get('/api/catalog/products?q=book')).json()
  const book = await (await request.get(`/api/catalog/products/${found.items[0].id}`)).json()
  const sku = book.skus.find((s: { stock: number }) => s.stock > 0)
  expect((await request.post('/api/cart/lines', { headers: auth, data: { skuId: sku.id, quantity: 1 } })).status()).toBe(200)

  await signInWithForm(page, account)

  // The member centre: points, then the coupon centre.
  await page.goto('/account')
  await page.getByTestId('account-menu-points').click()
  await expect(page.getByTestId('points-balance')).toContainText('500')
  await expect(page.locator('[data-testid="points-entry"][data-reason="ADJUSTED"]')).toBeVisible()
  await page.getByTestId('account-menu-coupons').click()
  await expect(page.getByTestId('wallet-empty')).toBeVisible()
  const offered = page.locator(`[data-testid="offered-coupon"][data-code="${code}"]`)
  await offered.getByTestId('collect').click()
  await expect(page.getByTestId('collected')).toBeVisible()
  await expect(page.locator(`[data-testid="wallet-coupon"][data-code="${code}"]`)).toHaveAttribute('data-state', 'USABLE')
  await expectNoSidewaysScroll(page)
  await shot(page, testInfo, 'account-coupons')

  // Checkout: the wallet coupon and 200 points (2.00), the breakdown from the quote.
  await page.goto('/checkout')
  await page.getByTestId('address-name').fill('Wallet Shopper')
  await page.getByTestId('address-phone').fill('+8613800138000')
  await page.getByTestId('address-country').fill('CN')
  await page.getByTestId('address-city').fill('Hangzhou')
  await page.getByTestId('address-line1').fill('1 West Lake Road')
  const choice = page.getByTestId('wallet-coupon-choice')
  await expect(choice.locator(`option[data-code="${code}"]`)).toHaveCount(1)
  await choice.selectOption({ label: await choice.locator(`option[data-code="${code}"]`).innerText() })
  // amounts read the same in both languages' formats (CN¥2.00, ¥2.00)
  await expect(page.getByTestId('checkout-discount')).not.toHaveText(/^−\D*0\.00$/)
  await page.getByTestId('points').fill('200')
  await expect(page.getByTestId('checkout-points-discount')).toHaveText(/^−\D*2\.00$/)
  await expect(page.getByTestId('checkout-coupon-discount')).toBeVisible()
  await expect(page.getByTestId('checkout-points-to-earn')).toBeVisible()
  await shot(page, testInfo, 'checkout-coupon-and-points')
  await page.getByTestId('place-order').click()
  await expect(page.getByTestId('checkout-placed')).toBeVisible()

  // The order keeps what the benefits took off: the points with their value apart from the coupon's discount.
  await page.getByTestId('placed-order-link').click()
  const order = page.getByTestId('order')
  await expect(order.getByTestId('breakdown-points')).toHaveText(/^−\D*2\.00$/)
  await expect(order.getByTestId('breakdown').locator('dt', { hasText: '200' })).toBeVisible()
  await expect(order.getByTestId('breakdown-discount')).not.toHaveText(/^−\D*0\.00$/)
  const number = await order.getAttribute('data-number')
  await expectNoSidewaysScroll(page)
  await shot(page, testInfo, 'order-points-and-coupon')
  // ...and the shop sees the same on its console order page.
  const shop = await browser.newContext({ locale: testInfo.project.use.locale })
  const console = await shop.newPage()
  await signInByApi(console, owner)
  await console.goto(`/console/orders/${number}`)
  await expect(console.getByTestId('order-points')).toHaveText(/^−\D*2\.00$/)
  await expect(console.getByTestId('order-discount')).not.toHaveText(/^−\D*0\.00$/)
  await expect(console.getByTestId('order-member-saving')).toHaveCount(0)
  await shot(console, testInfo, 'console-order-points')
  await shop.close()

  // The wallet coupon is used and the points are spent.
  await page.goto('/account/coupons')
  await expect(page.locator(`[data-testid="wallet-coupon"][data-code="${code}"]`)).toHaveAttribute('data-state', 'USED')
  await page.getByTestId('account-menu-points').click()
  await expect(page.getByTestId('points-balance')).toContainText('300')
  await expect(page.locator('[data-testid="points-entry"]').first()).toHaveAttribute('data-reason', 'SPENT')
  await shot(page, testInfo, 'account-points')
})
