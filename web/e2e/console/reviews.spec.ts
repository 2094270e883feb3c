import { expect, test } from '@playwright/test'
import { receivedBook } from '../support/purchases'
import { shot } from '../support/shots'
import { activatedAccount } from '../storefront/helpers'
import { admin, owner, signInByApi } from './helpers'

test('an admin approves a held review and the merchant replies to it in the console', async ({ page, request }, testInfo) => {
  const account = await activatedAccount(request, 'held-review')
  const token = await account.token()
  const { productId, number } = await receivedBook(request, token)
  const title = `Link inside ${Date.now().toString(36)}`
  const written = await request.post('/api/me/reviews', {
    headers: { authorization: `Bearer ${token}` },
    data: { orderNumber: number, lineNo: 1, stars: 5, title, text: 'Found it cheaper at www.example.org, still happy.' },
  })
  expect(written.status(), await written.text()).toBe(201)
  expect((await written.json()).status).toBe('PENDING')

  await signInByApi(page, admin)
  await page.goto('/console/review-moderation')
  const held = page.getByTestId('moderated-review').filter({ hasText: title })
  await expect(held).toHaveCount(1)
  await shot(page, testInfo, 'console-review-moderation')
  await held.getByTestId('moderation-note').fill('Link to a shop, but an honest review')
  await held.getByTestId('approve-review').click()
  await expect(page.getByTestId('moderated-review').filter({ hasText: title })).toHaveCount(0)
  const shown = await (await request.get(`/api/reviews/products/${productId}?size=100`)).json()
  expect(shown.items.map((r: { title: string }) => r.title)).toContain(title)

  await page.context().clearCookies()
  await signInByApi(page, owner)
  await page.goto('/console/reviews')
  const review = page.getByTestId('merchant-review').filter({ hasText: title })
  await expect(review).toHaveCount(1)
  await review.getByTestId('merchant-review-reply').click()
  await review.getByTestId('merchant-review-draft').fill('Thank you! We match prices too.')
  await review.getByTestId('merchant-review-send').click()
  await expect(page.getByTestId('merchant-review-notice')).toBeVisible()
  await expect(review.getByTestId('console-review-reply')).toContainText('Thank you! We match prices too.')
  await shot(page, testInfo, 'console-merchant-reviews')
})
