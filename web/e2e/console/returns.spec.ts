import { expect, test } from '@playwright/test'
import { receivedBook } from '../support/purchases'
import { shot } from '../support/shots'
import { activatedAccount } from '../storefront/helpers'
import { admin, openMenu, signInByApi } from './helpers'

test('a platform admin follows every shop’s returns in the console, filtered by status, read only', async ({ page, request }, testInfo) => {
  // The scene through the API: a delivered book and a refund-only request for it.
  const shopper = await activatedAccount(request, 'admin-returns')
  const token = await shopper.token()
  const { number, productId } = await receivedBook(request, token)
  const { shopName } = await (await request.get(`/api/catalog/products/${productId}`)).json()
  const asked = await request.post(`/api/orders/${number}/returns`, {
    headers: { authorization: `Bearer ${token}`, 'Idempotency-Key': `admin-returns-${Date.now()}` },
    data: { kind: 'REFUND_ONLY', reason: 'NOT_AS_DESCRIBED', details: 'The cover is another colour.', lines: [{ lineNo: 1, quantity: 1 }] },
  })
  expect(asked.status(), await asked.text()).toBe(201)

  await signInByApi(page, admin)
  await openMenu(page, 'menu-admin-returns')
  const list = page.getByTestId('return-list')
  await expect(list).toHaveAttribute('data-scope', 'admin')
  await page.getByTestId('return-status-filter').selectOption('REQUESTED')
  await page.getByTestId('return-filter-apply').click()
  await expect(page).toHaveURL(/status=REQUESTED/)
  const row = page.getByTestId('return-row').filter({ hasText: number })
  await expect(row).toHaveAttribute('data-status', 'REQUESTED')
  for (const status of await page.getByTestId('return-row').all()) await expect(status).toHaveAttribute('data-status', 'REQUESTED')
  // named by its shop (identity's name), not by an id
  await expect(row.getByTestId('return-shop')).toHaveText(shopName)
  await shot(page, testInfo, 'console-admin-returns')

  // another status: this return is not among the refunded ones
  await page.getByTestId('return-status-filter').selectOption('REFUNDED')
  await page.getByTestId('return-filter-apply').click()
  await expect(page).toHaveURL(/status=REFUNDED/)
  await expect(page.getByTestId('return-row').filter({ hasText: number })).toHaveCount(0)
  await page.goBack()
  await row.getByTestId('return-link').click()

  const detail = page.getByTestId('return-detail')
  await expect(detail).toHaveAttribute('data-status', 'REQUESTED')
  await expect(page.getByTestId('return-details')).toHaveText('The cover is another colour.')
  await expect(page.getByTestId('return-line')).toHaveCount(1)
  await expect(page.getByTestId('return-history').locator('li')).toHaveCount(1)
  await expect(page.getByTestId('admin-read-only')).toBeVisible()
  await expect(page.getByTestId('return-approve')).toHaveCount(0)
  await shot(page, testInfo, 'console-admin-return')
})
