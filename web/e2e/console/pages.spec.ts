import { expect, test } from '@playwright/test'
import { shot } from '../support/shots'
import { admin, categoryValue, openMenu, owner, signIn, signInByApi, unique } from './helpers'

test('the sign-in page turns away accounts that are not staff or admins', async ({ page }, testInfo) => {
  await page.goto('/console/products')
  await expect(page).toHaveURL(/\/console\/sign-in\?redirect=/)
  await shot(page, testInfo, 'console-sign-in')
  await page.getByTestId('sign-in-login').fill('shopper@bazaar.local')
  await page.getByTestId('sign-in-password').fill('shopper-demo-pass')
  await page.getByTestId('sign-in-submit').click()
  await expect(page.getByTestId('sign-in-no-access')).toBeVisible()
  await expect(page.getByTestId('menu')).toHaveCount(0)
})

test('a merchant owner sees the merchant menu and its pages', async ({ page }, testInfo) => {
  await page.goto('/console/orders')
  await page.getByTestId('sign-in-login').fill(owner.login)
  await page.getByTestId('sign-in-password').fill(owner.password)
  await page.getByTestId('sign-in-submit').click()
  // back where the sign-in was asked for
  await expect(page.getByTestId('order-list')).toBeVisible()
  const menu = page.getByTestId('menu')
  for (const entry of ['menu-products', 'menu-orders', 'menu-imports', 'menu-price-alerts']) await expect(menu.getByTestId(entry)).toBeVisible()
  await expect(menu.getByTestId('menu-moderation')).toHaveCount(0)
  // a reload signs in again from the refresh cookie
  await page.reload()
  await expect(page.getByTestId('order-list')).toBeVisible()
  await expect(page.getByTestId('signed-in-as')).toHaveText('Olive Owner')

  // orders: filter by status and days (kept in the address)
  await page.getByTestId('order-status-filter').selectOption('PAID')
  await page.getByTestId('order-from').fill('2026-01-01')
  await page.getByTestId('order-filter-apply').click()
  await expect(page).toHaveURL(/status=PAID/)
  await expect(page.getByTestId('order-row').or(page.getByTestId('empty'))).not.toHaveCount(0)
  await shot(page, testInfo, 'console-orders')

  await openMenu(page, 'menu-home')
  await expect(page.getByTestId('home')).toBeVisible()
  await shot(page, testInfo, 'console-home')

  await openMenu(page, 'menu-price-alerts')
  await expect(page.getByTestId('price-alert').or(page.getByTestId('empty'))).not.toHaveCount(0)
  await shot(page, testInfo, 'console-price-alerts')

  // a product's price history (empty for a product that was never imported) and the editor of a demo product
  await openMenu(page, 'menu-products')
  await page.getByTestId('product-name').filter({ hasText: 'Classic Cotton Tee' }).first().click()
  await expect(page.getByTestId('product-editor')).toBeVisible()
  await expect(page.getByTestId('sku-row')).not.toHaveCount(0)
  await page.getByRole('link', { name: 'Price history' }).click()
  await expect(page.getByTestId('price-chart').or(page.getByTestId('empty'))).toBeVisible()
  await shot(page, testInfo, 'console-price-history')

  // an admin page is refused
  await page.goto('/console/moderation')
  await expect(page.getByTestId('forbidden')).toBeVisible()
})

test('a merchant sees field errors of a draft next to their fields', async ({ page }) => {
  await signInByApi(page, owner)
  await page.goto('/console/products/new')
  await page.getByTestId('product-save').click()
  // checked in the page before sending: name and category are required, the price is missing
  const editor = page.getByTestId('product-editor')
  await expect(editor.locator('.field--invalid')).not.toHaveCount(0)
  await expect(page.getByTestId('form-invalid')).toBeVisible()
  // the API's own answer: a price of 0 for a product that is not free, reported as skus[0].priceMinor
  await page.getByTestId('product-name-input').fill(unique('Zero price'))
  await page.getByTestId('product-category').selectOption(await categoryValue(page, 'product-category', 'Books'))
  await page.getByTestId('sku-price').first().fill('0')
  await page.getByTestId('product-save').click()
  const priceField = page.getByTestId('sku-row').first().locator('.field').filter({ has: page.getByTestId('sku-price') })
  await expect(priceField.locator('.field__error')).toContainText('must be positive')
  await expect(page).toHaveURL(/\/console\/products\/new$/)
})

test('a platform admin grows the category tree and creates a coupon', async ({ page }, testInfo) => {
  await signIn(page, admin)
  await expect(page.getByTestId('menu').getByTestId('menu-products')).toHaveCount(0)
  await shot(page, testInfo, 'console-home-admin')

  await openMenu(page, 'menu-categories')
  const name = unique('Desk lamps')
  await page.getByTestId('category-name').fill(name)
  await page.getByTestId('category-parent').selectOption(await categoryValue(page, 'category-parent', 'Home'))
  await page.getByTestId('category-add').click()
  await expect(page.getByTestId('notice')).toContainText(name)
  const home = page.getByTestId('category-node').filter({ has: page.locator('> .tree__name', { hasText: /^Home$/ }) })
  await expect(home.getByTestId('category-node').filter({ hasText: name })).toBeVisible()
  await shot(page, testInfo, 'console-categories')

  await openMenu(page, 'menu-coupons')
  const code = `E2E${Date.now().toString(36).toUpperCase()}`
  await page.getByTestId('coupon-code').fill(code)
  await page.getByTestId('coupon-kind').selectOption('PERCENT')
  await page.getByTestId('coupon-percent').fill('10')
  await page.getByTestId('coupon-min-spend').fill('100')
  await page.getByTestId('coupon-valid-from').fill('2026-01-01T00:00')
  await page.getByTestId('coupon-valid-until').fill('2027-12-31T23:59')
  await page.getByTestId('coupon-total-uses').fill('500')
  await page.getByTestId('coupon-create').click()
  await expect(page.getByTestId('notice')).toContainText(code)
  await expect(page.getByTestId('coupon-row').filter({ hasText: code })).toContainText('10%')
  // the same code again is a conflict the page shows
  await page.getByTestId('coupon-code').fill(code)
  await page.getByTestId('coupon-create').click()
  await expect(page.getByTestId('problem')).toBeVisible()
  await shot(page, testInfo, 'console-coupons')
})

test('@phone the product list works at 360 px, long names wrapping', async ({ page }, testInfo) => {
  const token = await signInByApi(page, owner)
  // a draft with long German and Chinese words, set up through the API
  const name = unique('Donaudampfschifffahrtsgesellschaftskapitänsmützenherstellungsbetrieb 超长的中文商品名称用于检查换行是否正常工作')
  const created = await page.request.post('/api/merchant/products', { headers: { authorization: `Bearer ${token}` }, data: {
    name, categoryId: 10, currency: 'EUR', skus: [{ attributes: {}, priceMinor: 1999, stock: 3 }] } })
  expect(created.status()).toBe(201)

  // on a phone the menu hides behind its toggle
  if ((page.viewportSize()?.width ?? 1280) < 700) await expect(page.getByTestId('menu-products')).toBeHidden()
  await openMenu(page, 'menu-products')
  await page.getByTestId('status-filter-draft').click()
  await expect(page.getByTestId('product-row').filter({ hasText: name })).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await shot(page, testInfo, 'console-products-list')
})
