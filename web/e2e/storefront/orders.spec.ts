import { expect, test } from '@playwright/test'
import { shot } from '../support/shots'
import { activatedAccount } from './helpers'

test('an order placed elsewhere offers its payment on its page; a failed payment is told and the order is cancelled', async ({ page, request }, testInfo) => {
  const account = await activatedAccount(request, 'cancel')
  const token = await account.token()
  const auth = { authorization: `Bearer ${token}` }
  // The scene through the API: one book checked out, not paid.
  const found = await (await request.get('/api/catalog/products?q=book')).json()
  const book = await (await request.get(`/api/catalog/products/${found.items[0].id}`)).json()
  expect((await request.post('/api/cart/lines', { headers: auth, data: { skuId: book.skus[0].id, quantity: 1 } })).status()).toBe(200)
  const checkout = await request.post('/api/orders/checkout', {
    headers: { ...auth, 'Idempotency-Key': `cancel-${Date.now()}` },
    data: { address: { name: 'Kim Müller-Lüdenscheidt', phone: '+49 30 1234567', country: 'DE', city: 'Berlin', line1: 'Straße des 17. Juni 135' }, paymentMethod: 'sandbox-card' },
  })
  expect(checkout.status(), await checkout.text()).toBe(201)
  const number = (await checkout.json()).orders[0].orderNumber as string

  await page.goto('/login')
  await page.getByTestId('login').fill(account.login)
  await page.getByTestId('password').fill(account.password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('sign-out')).toBeVisible()
  await page.getByTestId('nav-orders').click()
  await page.locator(`[data-testid="order-row"][data-number="${number}"]`).getByTestId('order-link').click()
  await expect(page.getByTestId('order').getByTestId('order-status')).toHaveAttribute('data-status', 'AWAITING_PAYMENT')
  // Placed through the API, not in this browser: where to pay comes from GET /api/orders/{number}/payment.
  await expect(page.getByTestId('pay-now')).toBeVisible()
  await shot(page, testInfo, 'order-unpaid')
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => !k.includes('locale')))).toEqual([])

  // The sandbox fails the payment and links back to the orders: the shopper is told, the order still awaits payment.
  await page.getByTestId('pay-now').click()
  await page.getByRole('button', { name: 'Fail' }).click()
  await expect(page.getByText('Payment failed.')).toBeVisible()
  await page.locator('#back').click()
  await expect(page).toHaveURL(/\/orders$/)
  await expect(page.getByTestId('payment-return')).toHaveAttribute('data-outcome', 'failed')
  const row = page.locator(`[data-testid="order-row"][data-number="${number}"]`)
  await expect(row.getByTestId('order-status')).toHaveAttribute('data-status', 'AWAITING_PAYMENT')
  await shot(page, testInfo, 'orders-payment-failed')
  await row.getByTestId('order-link').click()
  await expect(page.getByTestId('payment-failed')).toBeVisible()
  await expect(page.getByTestId('pay-now')).toHaveCount(0)
  await page.getByTestId('cancel-order').click()
  await page.getByTestId('cancel-confirm').click()
  await expect(page.getByTestId('order').getByTestId('order-status')).toHaveAttribute('data-status', 'CANCELLED')
  await expect(page.locator('[data-testid="timeline-step"][data-status="CANCELLED"]')).toHaveAttribute('data-state', 'current')
  await expect(page.getByTestId('cancel-order')).toHaveCount(0)
  await page.getByTestId('nav-orders').click()
  await expect(page.locator(`[data-testid="order-row"][data-number="${number}"]`).getByTestId('order-status')).toHaveAttribute('data-status', 'CANCELLED')
  // The tabs ask the API for the statuses they show: the cancelled order is under "cancelled", not under "to pay".
  await page.getByTestId('order-tab-unpaid').click()
  await expect(page).toHaveURL(/tab=unpaid/)
  await expect(page.locator(`[data-testid="order-row"][data-number="${number}"]`)).toHaveCount(0)
  await page.getByTestId('order-tab-closed').click()
  await expect(page.locator(`[data-testid="order-row"][data-number="${number}"]`)).toBeVisible()
  await shot(page, testInfo, 'orders-tab-closed')
})
