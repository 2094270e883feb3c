import { expect, test, type Page } from '@playwright/test'
import { demo, tokenOf } from '../support/api'
import { shot } from '../support/shots'
import { paidOrder, png } from '../console/helpers'
import { shipAsMerchant } from './helpers'

/**
 * A return from start to end through both apps: the shopper asks to return a delivered item (with a photo) from the
 * order's page, the merchant approves it in the console, the shopper enters how it went back, the merchant records it
 * received and resellable, the refund goes through the sandbox provider, and the shopper sees it refunded.
 */
test('a shopper returns an item, the merchant approves and receives it, and the shopper sees it refunded @phone', async ({ page, browser, request }, testInfo) => {
  // the scene, through the API: the demo shopper's paid Acme order, shipped by the merchant and received
  const order = await paidOrder(request)
  await shipAsMerchant(request, order.orderNumber)
  const shopperToken = await tokenOf(request, demo.shopper)
  const received = await request.post(`/api/orders/${order.orderNumber}/confirm-receipt`, { headers: { authorization: `Bearer ${shopperToken}` } })
  expect(received.status(), await received.text()).toBe(200)

  // the shopper asks for the return from the order's page
  await signInShopper(page)
  await page.goto(`/orders/${order.orderNumber}`)
  await expect(page.getByTestId('order').getByTestId('order-status')).toHaveAttribute('data-status', 'DELIVERED')
  await page.getByTestId('request-return').click()
  await expect(page.getByTestId('return-request')).toBeVisible()
  const line = page.getByTestId('return-line').filter({ hasText: order.productName })
  await line.locator('input[type="number"]').fill('1')
  await page.getByTestId('return-kind-RETURN').check()
  await page.getByTestId('return-reason').selectOption('DAMAGED')
  await page.getByTestId('return-details').fill('The box was crushed and the item is scratched.')
  await page.getByTestId('return-photos').setInputFiles({ name: 'scratch.png', mimeType: 'image/png', buffer: png(24, 16, [200, 40, 40]) })
  await expect(page.getByTestId('return-photo-list').locator('img')).toHaveCount(1)
  await shot(page, testInfo, 'return-request')
  await page.getByTestId('return-submit').click()
  const detail = page.getByTestId('return')
  await expect(detail).toHaveAttribute('data-status', 'REQUESTED')
  await expect(page.getByTestId('return-sent')).toBeVisible()
  const returnUrl = page.url()

  // the merchant finds it among the requested returns and approves it
  const console = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 1280, height: 800 } })
  const merchant = await console.newPage()
  const signedIn = await merchant.request.post('/api/auth/login', { data: demo.owner })
  expect(signedIn.ok()).toBe(true)
  await merchant.goto('/console/returns?status=REQUESTED')
  const row = merchant.getByTestId('return-row').filter({ hasText: order.orderNumber })
  await expect(row).toHaveAttribute('data-status', 'REQUESTED')
  await row.getByTestId('return-link').click()
  const answer = merchant.getByTestId('return-detail')
  await expect(answer).toHaveAttribute('data-status', 'REQUESTED')
  await expect(merchant.getByTestId('return-details')).toContainText('crushed')
  await expect(merchant.getByTestId('return-photos').locator('img')).toHaveCount(1)
  await shot(merchant, testInfo, 'console-return-requested')
  await merchant.getByTestId('return-approve').click()
  await expect(answer).toHaveAttribute('data-status', 'APPROVED')

  // the shopper sends it back
  await page.goto(returnUrl)
  await expect(detail).toHaveAttribute('data-status', 'APPROVED')
  await page.getByTestId('ship-back-carrier').fill('SF Express')
  await page.getByTestId('ship-back-tracking').fill(`SFR${Date.now()}`)
  await shot(page, testInfo, 'return-ship-back')
  await page.getByTestId('ship-back-submit').click()
  await expect(detail).toHaveAttribute('data-status', 'SHIPPED_BACK')

  // the merchant records the goods received, resellable, and the refund follows
  await merchant.reload()
  await expect(answer).toHaveAttribute('data-status', 'SHIPPED_BACK')
  await expect(merchant.getByTestId('return-line').locator('input[type="checkbox"]')).toBeChecked()
  await merchant.getByTestId('return-receive').click()
  await expect(answer).toHaveAttribute('data-status', 'REFUNDED')
  await expect(merchant.getByTestId('refunded')).toBeVisible()
  await shot(merchant, testInfo, 'console-return-refunded')
  await console.close()

  // the shopper sees it refunded, in the member centre's list and on its page
  await page.goto('/account')
  await page.getByTestId('account-menu-returns').click()
  const mine = page.getByTestId('return-row').filter({ hasText: order.orderNumber }).first()
  await expect(mine).toHaveAttribute('data-status', 'REFUNDED')
  await shot(page, testInfo, 'account-returns')
  await mine.getByTestId('return-link').click()
  await expect(detail).toHaveAttribute('data-status', 'REFUNDED')
  await expect(page.getByTestId('return-refunded')).toBeVisible()
  await expect(page.getByTestId('return-timeline').locator('li')).toHaveCount(5)
  await shot(page, testInfo, 'return-refunded')
})

async function signInShopper(page: Page) {
  await page.goto('/login')
  await page.getByTestId('login').fill(demo.shopper.login)
  await page.getByTestId('password').fill(demo.shopper.password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('sign-out')).toBeVisible()
}
