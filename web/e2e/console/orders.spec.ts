import { expect, test } from '@playwright/test'
import { shot } from '../support/shots'
import { openMenu, owner, paidOrder, signInByApi, unique } from './helpers'

/**
 * A shopper's paid order reaches the merchant: it is in the order list filtered by PAID, the merchant ships it from its
 * page with carrier and tracking number, and from then on it is SHIPPED, on its page and in the list.
 */
test('a merchant finds a paid order, ships it with carrier and tracking, and it is shipped', async ({ page, request }, testInfo) => {
  // the scene, through the API: the demo shopper buys an Acme SKU and pays in the sandbox
  const order = await paidOrder(request)
  const tracking = unique('SF').replace(/\s+/g, '').toUpperCase()

  await signInByApi(page, owner)
  await openMenu(page, 'menu-orders')
  await expect(page.getByTestId('order-list')).toBeVisible()
  await page.getByTestId('order-status-filter').selectOption('PAID')
  await page.getByTestId('order-filter-apply').click()
  await expect(page).toHaveURL(/status=PAID/)
  const row = page.getByTestId('order-row').filter({ hasText: order.orderNumber })
  await expect(row).toBeVisible()
  await expect(row.getByTestId('status')).toHaveAttribute('data-status', 'PAID')
  // every row of the filtered list is paid
  for (const status of await page.getByTestId('order-row').getByTestId('status').all()) await expect(status).toHaveAttribute('data-status', 'PAID')
  await shot(page, testInfo, 'console-orders-paid')

  await row.getByRole('link', { name: order.orderNumber }).click()
  await expect(page).toHaveURL(new RegExp(`/console/orders/${order.orderNumber}$`))
  const detail = page.getByTestId('order-detail')
  await expect(detail).toBeVisible()
  await expect(detail.getByTestId('status').first()).toHaveAttribute('data-status', 'PAID')
  await expect(page.getByTestId('order-line').filter({ hasText: order.productName })).toBeVisible()
  await expect(page.getByTestId('ship-form')).toBeVisible()
  await shot(page, testInfo, 'console-order-paid')

  await page.getByTestId('ship-carrier').fill('SF Express')
  await page.getByTestId('ship-tracking').fill(tracking)
  await page.getByTestId('ship-submit').click()
  await expect(page.getByTestId('notice')).toBeVisible()
  await expect(page.getByTestId('ship-form')).toHaveCount(0)
  await expect(detail.getByTestId('status').first()).toHaveAttribute('data-status', 'SHIPPED')
  const shipment = page.getByTestId('shipment')
  await expect(shipment).toContainText('SF Express')
  await expect(shipment).toContainText(tracking)
  await shot(page, testInfo, 'console-order-shipped')

  // a reload reads it back from the API; the list filtered by SHIPPED has it, the one filtered by PAID no longer
  await page.reload()
  await expect(detail.getByTestId('status').first()).toHaveAttribute('data-status', 'SHIPPED')
  await page.goto('/console/orders?status=SHIPPED')
  await expect(page.getByTestId('order-row').filter({ hasText: order.orderNumber }).getByTestId('status')).toHaveAttribute('data-status', 'SHIPPED')
  await page.goto('/console/orders?status=PAID')
  await expect(page.getByTestId('order-row').or(page.getByTestId('empty'))).not.toHaveCount(0)
  await expect(page.getByTestId('order-row').filter({ hasText: order.orderNumber })).toHaveCount(0)
})
