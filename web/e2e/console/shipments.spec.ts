import { expect, test } from '@playwright/test'
import { demo } from '../support/api'
import { shot } from '../support/shots'
import { signInWithForm } from '../storefront/helpers'
import { owner, paidOrder, signInByApi, unique } from './helpers'

/**
 * A merchant ships an order of two units in two parcels from its page (one unit first: the order stays paid and says
 * it is partly shipped), adds a tracking event to the first parcel, ships another order from a CSV upload whose bad row
 * is answered on its own, and the shopper follows both parcels and the timeline on the storefront's order page.
 */
test('a merchant ships part of an order, tracks it, ships from a CSV, and the shopper sees the parcels', async ({ page, request }, testInfo) => {
  const order = await paidOrder(request, 2)
  const other = await paidOrder(request)
  const first = unique('SP').replace(/\s+/g, '').toUpperCase()
  const second = `${first}B`

  await signInByApi(page, owner)
  await page.goto(`/console/orders/${order.orderNumber}`)
  const detail = page.getByTestId('order-detail')
  await expect(detail.getByTestId('status').first()).toHaveAttribute('data-status', 'PAID')
  const form = page.getByTestId('ship-form')
  await expect(form.getByTestId('ship-line')).toHaveCount(1)
  await form.getByTestId('ship-quantity').fill('1')
  await form.getByTestId('ship-carrier').fill('SwiftPost')
  await form.getByTestId('ship-tracking').fill(first)
  await form.getByTestId('ship-submit').click()
  await expect(page.getByTestId('notice')).toBeVisible()
  await expect(detail.getByTestId('status').first()).toHaveAttribute('data-status', 'PAID')
  await expect(page.getByTestId('partly-shipped')).toBeVisible()
  const parcels = page.getByTestId('shipment')
  await expect(parcels).toHaveCount(1)
  await expect(parcels.first()).toContainText(first)
  await expect(parcels.first().getByTestId('shipment-line')).toContainText('× 1')

  // a tracking event by hand, then the rest of the order in a second parcel
  await parcels.first().getByTestId('event-open').click()
  await page.getByTestId('event-status').selectOption('IN_TRANSIT')
  await page.getByTestId('event-description').fill('Left the Shanghai hub')
  await page.getByTestId('event-location').fill('Shanghai')
  await page.getByTestId('event-submit').click()
  await expect(parcels.first().getByTestId('shipment-timeline').locator('li')).toHaveCount(1)
  await expect(parcels.first().getByTestId('shipment-status')).toHaveAttribute('data-status', 'IN_TRANSIT')
  await shot(page, testInfo, 'console-order-partly-shipped')

  await expect(form.getByTestId('ship-quantity')).toHaveValue('1')
  await form.getByTestId('ship-carrier').fill('SwiftPost')
  await form.getByTestId('ship-tracking').fill(second)
  await form.getByTestId('ship-submit').click()
  await expect(detail.getByTestId('status').first()).toHaveAttribute('data-status', 'SHIPPED')
  await expect(parcels).toHaveCount(2)
  await expect(page.getByTestId('ship-form')).toHaveCount(0)
  await shot(page, testInfo, 'console-order-two-parcels')

  // bulk: the other order ships from a CSV; a row for an order that does not exist is answered on its own
  await page.goto('/console/orders')
  await page.getByTestId('bulk-ship-link').click()
  await expect(page.getByTestId('bulk-ship')).toBeVisible()
  await page.getByTestId('bulk-csv').fill(`order_number,carrier,tracking_number\n${other.orderNumber},SwiftPost,${first}C\nNO-SUCH-ORDER,SwiftPost,${first}D\n`)
  await page.getByTestId('bulk-submit').click()
  await expect(page.getByTestId('bulk-summary')).toBeVisible()
  const rows = page.getByTestId('bulk-row')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0)).toHaveAttribute('data-ok', 'true')
  await expect(rows.nth(0)).toContainText(other.orderNumber)
  await expect(rows.nth(1)).toHaveAttribute('data-ok', 'false')
  await expect(rows.nth(1)).toContainText('order-not-found')
  await shot(page, testInfo, 'console-bulk-ship')
  await rows.nth(0).getByRole('link', { name: other.orderNumber }).click()
  await expect(page.getByTestId('order-detail').getByTestId('status').first()).toHaveAttribute('data-status', 'SHIPPED')

  // the shopper's order page: both parcels, what each carries, and the first one's timeline (the owner's session ends)
  await page.context().clearCookies()
  await signInWithForm(page, demo.shopper)
  await page.goto(`/orders/${order.orderNumber}`)
  const shopperParcels = page.getByTestId('parcel')
  await expect(shopperParcels).toHaveCount(2)
  await expect(shopperParcels.nth(0).getByTestId('parcel-tracking')).toHaveText(first)
  await expect(shopperParcels.nth(0).getByTestId('parcel-status')).toHaveAttribute('data-status', 'IN_TRANSIT')
  await expect(shopperParcels.nth(0).getByTestId('parcel-timeline')).toContainText('Left the Shanghai hub')
  await expect(shopperParcels.nth(1).getByTestId('parcel-no-events')).toBeVisible()
  await expect(page.getByTestId('partly-shipped')).toHaveCount(0)
  await shot(page, testInfo, 'storefront-order-parcels')
})
