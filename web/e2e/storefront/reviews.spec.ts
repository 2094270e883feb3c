import { expect, test } from '@playwright/test'
import { demo } from '../support/api'
import { shot } from '../support/shots'
import { receivedBook } from '../support/purchases'
import { activatedAccount, demoToken } from './helpers'

/** A 2×2 PNG: a real image for the photo check. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAFklEQVR42mP8z8Dwn4GBgYmBgYGBAQAXBgMBOl7RMgAAAABJRU5ErkJggg==',
  'base64',
)

test('a shopper reviews a delivered product with a photo and it shows on the product page with the new average @phone', async ({ page, request }, testInfo) => {
  const account = await activatedAccount(request, 'review')
  const title = `A <b>good</b> read ${Date.now().toString(36)}`
  const token = await account.token()
  const auth = { authorization: `Bearer ${token}` }
  const { productId, number } = await receivedBook(request, token)

  // Signed in, the delivered order offers a review of its line; "To review" lists it too.
  await page.goto('/login')
  await page.getByTestId('login').fill(account.login)
  await page.getByTestId('password').fill(account.password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('sign-out')).toBeVisible()
  await page.goto(`/orders/${number}`)
  await expect(page.getByTestId('review-line')).toHaveCount(1)
  await page.goto('/account')
  await page.getByTestId('account-menu-to-review').click()
  await expect(page.getByTestId('to-review')).toHaveCount(1)
  await shot(page, testInfo, 'account-to-review')
  await page.getByTestId('to-review-write').click()
  await expect(page).toHaveURL(/\/account\/reviews\/write\?/)

  // The form: no stars is said at once; then 4 stars, a title, a text with markup that stays text, and a photo.
  await page.getByTestId('review-title-input').fill(title)
  await page.getByTestId('review-text-input').fill('Well printed, arrived in two days.\nThe cover is sturdier than I expected.')
  await page.getByTestId('review-submit').click()
  await expect(page.locator('.stars-input .field__error')).toBeVisible()
  await page.locator('.stars-input label').nth(3).click()
  await page.getByTestId('review-photo-input').setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: PNG })
  await expect(page.getByTestId('review-photo-preview')).toHaveCount(1)
  await shot(page, testInfo, 'review-write')
  await page.getByTestId('review-submit').click()
  await expect(page).toHaveURL(/\/account\/reviews\?saved=PUBLISHED/)
  await expect(page.getByTestId('review-saved')).toBeVisible()
  await expect(page.getByTestId('my-review').first()).toHaveAttribute('data-status', 'PUBLISHED')
  await shot(page, testInfo, 'account-my-reviews')

  // The product page: the new average and count from the catalog, the review with its photo, the SKU bought.
  const after = await (await request.get(`/api/catalog/products/${productId}`)).json()
  expect(after.ratingCount).toBeGreaterThanOrEqual(1)
  await page.goto(`/product/${productId}`)
  const locale = String(testInfo.project.use.locale ?? 'en').startsWith('zh') ? 'zh-CN' : 'en'
  const average = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(after.ratingAverage)
  await expect(page.getByTestId('rating-average')).toContainText(average)
  await expect(page.getByTestId('rating-histogram')).toBeVisible()
  const mine = page.getByTestId('review').filter({ hasText: title })
  await expect(mine).toHaveCount(1)
  await expect(mine.getByTestId('review-photo')).toHaveCount(1)
  await expect(mine.locator('b')).toHaveCount(0)
  await mine.scrollIntoViewIfNeeded()
  await shot(page, testInfo, 'product-reviews')

  // Search: best rated first, rated 4 stars and up; the card shows the rating.
  await page.goto('/search?sort=rating&minRating=4')
  const card = page.locator(`[data-testid="product-card"][data-product-id="${productId}"]`)
  await expect(card.getByTestId('product-rating')).toBeVisible()
  await expect(page.getByTestId('min-rating')).toHaveValue('4')
  await shot(page, testInfo, 'search-by-rating')
  await page.goto(`/product/${productId}`)

  // The merchant replies in the console's API; the reply shows under the review.
  const owner = await demoToken(request, demo.owner)
  const reviewId = (await (await request.get('/api/me/reviews', { headers: auth })).json()).items[0].review.id
  const reply = await request.put(`/api/merchant/reviews/${reviewId}/reply`, { headers: { authorization: `Bearer ${owner}` }, data: { text: 'Thank you for reading!' } })
  expect(reply.status(), await reply.text()).toBe(200)
  await page.reload()
  await expect(page.getByTestId('review').filter({ hasText: title }).getByTestId('review-reply')).toContainText('Thank you for reading!')
})
