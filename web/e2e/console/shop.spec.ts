import { expect, test, type Page } from '@playwright/test'
import { shot } from '../support/shots'
import { openMenu, owner, png, signIn, staff, unique } from './helpers'

/**
 * The merchant centre's shop profile and audit log, and the public shop page: the owner saves the shop's description,
 * hours and logo in Shop settings, the audit log shows who saved it, and shoppers see it all on /shops/{merchantId},
 * with the shop's products, reached from a product page.
 */
/** The demo merchant's Classic Cotton Tee, a product of the owner's shop. */
async function demoTee(page: Page): Promise<string> {
  const search = await (await page.request.get('/api/catalog/products?q=tee')).json()
  return search.items.find((p: { name: string }) => p.name === 'Classic Cotton Tee').id
}

test('the owner edits the shop, reads the audit log, and shoppers see the shop page', async ({ page }, testInfo) => {
  const description = unique('Outdoor gear since 1999.')
  await signIn(page, owner)
  await openMenu(page, 'menu-shop-settings')
  const form = page.getByTestId('shop-form')
  await expect(page.getByTestId('shop-name')).toHaveValue(/.+/)
  const shopName = await page.getByTestId('shop-name').inputValue()
  await page.getByTestId('shop-description').fill(description)
  await page.getByTestId('hours-MONDAY-open').check()
  await page.getByTestId('hours-MONDAY-opens').fill('09:00')
  await page.getByTestId('hours-MONDAY-closes').fill('18:00')
  await page.getByTestId('hours-SUNDAY-open').check()
  await page.getByTestId('hours-SUNDAY-opens').fill('12:00')
  await page.getByTestId('hours-SUNDAY-closes').fill('11:00')
  await page.getByTestId('shop-save').click()
  // closing before opening is refused by the API, shown at the day, and nothing is saved
  await expect(page.getByTestId('hours-SUNDAY').getByRole('alert')).toContainText('after opens')
  await page.getByTestId('hours-SUNDAY-open').uncheck()
  await page.getByTestId('shop-save').click()
  await expect(page.getByTestId('shop-saved')).toBeVisible()
  await page.getByTestId('shop-logo-input').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png(24, 24, [20, 120, 60]) })
  await expect(page.getByTestId('shop-logo-image')).toBeVisible()
  await expect(form).toBeVisible()
  await shot(page, testInfo, 'console-shop-settings')

  await openMenu(page, 'menu-audit')
  const rows = page.getByTestId('audit-row')
  await expect(rows.first()).toBeVisible()
  // newest first: the logo confirmed, its upload ticket, the profile saved (the refused save left no entry)
  await expect(rows.nth(0).getByTestId('audit-what')).toHaveText('PUT /api/merchant/shop/logo')
  await expect(rows.nth(1).getByTestId('audit-what')).toHaveText('POST /api/merchant/shop/logo/uploads')
  await expect(rows.nth(2).getByTestId('audit-what')).toHaveText('PUT /api/merchant/shop')
  await expect(rows.first().getByTestId('audit-who')).toHaveText('Olive Owner')
  await shot(page, testInfo, 'console-audit-log')

  // the demo staff holds neither settings nor staff: no menu entries, and the pages are refused
  await page.context().clearCookies()
  await signIn(page, staff)
  await expect(page.getByTestId('menu-shop-settings')).toHaveCount(0)
  await expect(page.getByTestId('menu-audit')).toHaveCount(0)
  await page.goto('/console/audit')
  await expect(page.getByTestId('forbidden')).toBeVisible()

  // a shopper (a guest here) reaches the shop from a product page
  await page.context().clearCookies()
  await page.goto(`/product/${await demoTee(page)}`)
  await page.getByTestId('product-shop-link').click()
  await expect(page.getByTestId('shop-name')).toHaveText(shopName)
  await expect(page.getByTestId('shop-description')).toHaveText(description)
  await expect(page.getByTestId('shop-logo')).toBeVisible()
  await expect(page.getByTestId('shop-hours')).toContainText('09:00–18:00')
  await expect(page.getByTestId('shop-products').getByTestId('product-card').first()).toBeVisible()
  await expect(page.getByTestId('shop-follow-sign-in')).toBeVisible()
  await shot(page, testInfo, 'storefront-shop-page')
})

test('a shop page on a phone @phone', async ({ page }, testInfo) => {
  await page.goto(`/product/${await demoTee(page)}`)
  await page.getByTestId('product-shop-link').click()
  await expect(page.getByTestId('shop-name')).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await shot(page, testInfo, 'storefront-shop-page-phone')
})
