import { expect, test } from '@playwright/test'
import { messageTo } from '../support/outbox'
import { shot } from '../support/shots'
import { openMenu, owner, paidOrder, signInByApi } from './helpers'

/**
 * The merchant narrows the order list down to one paid order (by number and payment state), sees its customer masked,
 * exports what the list shows as CSV, follows the export's progress until it is ready, and the download link hands
 * over a file with that order in it; the exports list shows the export too.
 */
test('a merchant filters orders, exports them, and the download link serves the file', async ({ page, request }, testInfo) => {
  const order = await paidOrder(request)

  await signInByApi(page, owner)
  await openMenu(page, 'menu-orders')
  await expect(page.getByTestId('order-list')).toBeVisible()
  await page.getByTestId('order-payment-filter').selectOption('PAID')
  await page.getByTestId('order-more-filters').click()
  await page.getByTestId('order-number').fill(order.orderNumber)
  await page.getByTestId('order-filter-apply').click()
  await expect(page).toHaveURL(new RegExp(`number=${order.orderNumber}`))
  await expect(page.getByTestId('order-row')).toHaveCount(1)
  const row = page.getByTestId('order-row').filter({ hasText: order.orderNumber })
  await expect(row.getByTestId('order-payment')).not.toBeEmpty()
  // the demo shopper signs in by e-mail: shown masked, never in full
  await expect(row.getByTestId('order-customer-masked')).toContainText('***')
  await expect(row.getByTestId('order-customer-masked')).not.toContainText('@')
  await shot(page, testInfo, 'console-orders-filtered')

  await page.getByTestId('export-format').selectOption('CSV')
  const asked = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/merchant/order-exports'))
  await page.getByTestId('export-start').click()
  // a retry of this request could never ask twice: it carries its Idempotency-Key
  expect((await asked).headers()['idempotency-key']).toMatch(/^[\x21-\x7e]{16,100}$/)
  const status = page.getByTestId('export-status')
  await expect(status).toBeVisible()
  await expect(status).toHaveAttribute('data-state', 'DONE', { timeout: 30_000 })
  await expect(page.getByTestId('export-counts')).toContainText('1')
  const link = page.getByTestId('export-download')
  await expect(link).toBeVisible()
  await shot(page, testInfo, 'console-orders-export-ready')

  // the link is a presigned URL of the exports bucket: it serves the CSV with the order and its amounts in major units
  const href = await link.getAttribute('href')
  expect(href).toBeTruthy()
  const file = await request.get(href!)
  expect(file.status()).toBe(200)
  const csv = await file.text()
  expect(csv).toContain('"order_number"')
  expect(csv).toContain(`"${order.orderNumber}"`)
  expect(csv).toMatch(/"\d+\.\d{2}","?/)

  await page.getByTestId('exports-link').click()
  await expect(page.getByTestId('order-exports')).toBeVisible()
  await expect(page.getByTestId('export-row').first()).toHaveAttribute('data-state', 'DONE')
  await expect(page.getByTestId('export-row-download').first()).toBeVisible()
  await shot(page, testInfo, 'console-order-exports')

  // the one who asked hears that it is ready, with the way back to this page
  const mail = await messageTo(owner.login, 'Your Bazaar order export is ready')
  expect(mail).toContain('/console/orders/exports')
})

test('the order list, its filters and the export fit a 360 px phone @phone', async ({ page }, testInfo) => {
  await signInByApi(page, owner)
  await page.goto('/console/orders')
  await expect(page.getByTestId('order-list')).toBeVisible()
  await page.getByTestId('order-more-filters').click()
  await expect(page.getByTestId('order-customer')).toBeVisible()
  await expect(page.getByTestId('export-panel')).toBeVisible()
  // nothing sticks out sideways: the page scrolls down only (360 px in the phone project)
  const width = page.viewportSize()!.width
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
  await shot(page, testInfo, 'console-orders-phone')
  await page.goto('/console/orders/exports')
  await expect(page.getByTestId('order-exports')).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
})
