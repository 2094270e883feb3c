import { expect, test } from '@playwright/test'
import { shot } from '../support/shots'
import { admin, categoryValue, openMenu, owner, png, signIn, signOut, unique } from './helpers'

/**
 * The product's whole way through the console: a merchant writes it with two attributes and an image and submits it,
 * a platform admin approves it in the review queue, the merchant puts it on sale, and shoppers find it in search.
 */
test('a merchant product goes from draft through review to the storefront search', async ({ page }, testInfo) => {
  const name = unique('Lumen desk lamp')

  // --- merchant: write the draft ---
  await signIn(page, owner)
  await openMenu(page, 'menu-products')
  await expect(page.getByTestId('product-list')).toBeVisible()
  await page.getByTestId('product-new').click()
  await expect(page.getByTestId('product-editor')).toBeVisible()
  await expect(page.getByTestId('images-save-first')).toBeVisible()

  await page.getByTestId('product-name-input').fill(name)
  await page.getByTestId('product-category').selectOption(await categoryValue(page, 'product-category', 'Kitchen'))
  await page.getByTestId('description-editor').click()
  await page.keyboard.type('A warm desk lamp with a linen shade.')
  await page.getByTestId('product-parameters').fill('Power: 8 W\nHeight: 42 cm')
  await page.getByTestId('product-after-sales').fill('Two years of warranty.')

  // first attribute, and prices for its two SKUs
  await page.getByTestId('attribute-add').click()
  await page.getByTestId('attribute-name').nth(0).fill('Colour')
  await page.getByTestId('attribute-name').nth(0).press('Tab')
  await page.getByTestId('attribute-value-input').nth(0).fill('Sand, Slate')
  await page.getByTestId('attribute-value-input').nth(0).press('Enter')
  await expect(page.getByTestId('sku-row')).toHaveCount(2)
  await page.getByTestId('sku-price').nth(0).fill('59.90')
  await page.getByTestId('sku-price').nth(1).fill('64.50')

  // second attribute: four SKUs, each keeping the price of the colour it was split from
  await page.getByTestId('attribute-add').click()
  await page.getByTestId('attribute-name').nth(1).fill('Plug')
  await page.getByTestId('attribute-name').nth(1).press('Tab')
  await page.getByTestId('attribute-value-input').nth(1).fill('EU')
  await page.getByTestId('attribute-value-add').nth(1).click()
  await page.getByTestId('attribute-value-input').nth(1).fill('UK')
  await page.getByTestId('attribute-value-input').nth(1).press('Enter')
  await expect(page.getByTestId('sku-row')).toHaveCount(4)
  for (const [i, price] of ['59.90', '59.90', '64.50', '64.50'].entries()) await expect(page.getByTestId('sku-price').nth(i)).toHaveValue(price)
  await page.getByTestId('sku-price').nth(3).fill('66')
  for (const [i, stock] of ['5', '6', '7', '8'].entries()) await page.getByTestId('sku-stock').nth(i).fill(stock)

  await page.getByTestId('product-save').click()
  await expect(page.getByTestId('notice')).toBeVisible()
  await expect(page).toHaveURL(/\/console\/products\/[0-9a-f-]{36}$/)
  await expect(page.getByTestId('status')).toHaveAttribute('data-status', 'draft')

  // --- the image: presigned PUT straight to the object store, then confirmed ---
  await page.getByTestId('image-input').setInputFiles({ name: 'lamp.png', mimeType: 'image/png', buffer: png(64, 48, [210, 180, 120]) })
  await expect(page.getByTestId('image')).toHaveCount(1)
  await expect(page.getByTestId('upload-error')).toHaveCount(0)
  const img = page.getByTestId('image').locator('img')
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(64)
  await page.getByTestId('sku-image').nth(0).selectOption({ index: 1 })
  await shot(page, testInfo, 'console-product-editor')

  // --- submit (saves first) ---
  await page.getByTestId('product-submit').click()
  await expect(page.getByTestId('status')).toHaveAttribute('data-status', 'pending_review')
  await expect(page.getByTestId('product-submit')).toHaveCount(0)
  await signOut(page)

  // --- admin: approve in the review queue ---
  await signIn(page, admin)
  await openMenu(page, 'menu-moderation')
  const item = page.getByTestId('pending-item').filter({ hasText: name })
  await expect(item).toBeVisible()
  await item.click()
  await expect(page.getByTestId('preview-name')).toHaveText(name)
  await expect(page.getByTestId('preview-sku')).toHaveCount(4)
  await expect(page.getByTestId('preview-description')).toContainText('A warm desk lamp')
  await shot(page, testInfo, 'console-moderation')
  await page.getByTestId('approve').click()
  await expect(page.getByTestId('notice')).toContainText(name)
  await expect(page.getByTestId('pending-item').filter({ hasText: name })).toHaveCount(0)
  await signOut(page)

  // --- merchant: put it on sale ---
  await signIn(page, owner)
  await openMenu(page, 'menu-products')
  await page.getByTestId('status-filter-approved').click()
  const row = page.getByTestId('product-row').filter({ hasText: name })
  await expect(row.getByTestId('status')).toHaveAttribute('data-status', 'approved')
  await row.getByTestId('product-list-action').click()
  await expect(row.getByTestId('listed-badge')).toHaveAttribute('data-listed', 'true')
  await shot(page, testInfo, 'console-products')

  // --- shoppers find it ---
  const api = await page.request.get(`/api/catalog/products?q=${encodeURIComponent(name)}`)
  expect((await api.json()).items.map((p: { name: string }) => p.name)).toContain(name)
  await page.goto(`/search?q=${encodeURIComponent(name)}`)
  await expect(page.getByTestId('product-card').filter({ hasText: name })).toBeVisible()
})
