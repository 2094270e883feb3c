import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { shot } from '../support/shots'
import { activatedAccount } from './helpers'

async function signIn(page: Page, account: { login: string; password: string }) {
  await page.goto('/login')
  await page.getByTestId('login').fill(account.login)
  await page.getByTestId('password').fill(account.password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('sign-out')).toBeVisible()
}

/** One demo book checked out and paid through the API (the sandbox's page completes the payment). */
async function paidOrder(request: APIRequestContext, token: string): Promise<string> {
  const auth = { authorization: `Bearer ${token}` }
  const found = await (await request.get('/api/catalog/products?q=book')).json()
  const book = await (await request.get(`/api/catalog/products/${found.items[0].id}`)).json()
  expect((await request.post('/api/cart/lines', { headers: auth, data: { skuId: book.skus[0].id, quantity: 1 } })).status()).toBe(200)
  const checkout = await request.post('/api/orders/checkout', {
    headers: { ...auth, 'Idempotency-Key': `members-${Date.now()}` },
    data: { address: { name: 'Li Lei', phone: '+8613800138000', country: 'CN', city: 'Hangzhou', line1: '1 West Lake Road' }, paymentMethod: 'sandbox-card' },
  })
  expect(checkout.status(), await checkout.text()).toBe(201)
  const placed = await checkout.json()
  const paid = await request.post(`${placed.payment.redirectUrl}/complete`)
  expect(paid.status(), await paid.text()).toBe(200)
  return placed.orders[0].orderNumber as string
}

test('a shopper favourites a product with the heart and finds it, and the product, in the member centre', async ({ page, request }, testInfo) => {
  const account = await activatedAccount(request, 'favourite')
  await signIn(page, account)
  await page.goto('/search?q=headphones')
  const tile = page.getByTestId('product-card').filter({ hasText: 'Acme Wireless Headphones' })
  const productId = await tile.getAttribute('data-product-id')
  await tile.getByTestId('favourite-button').click()
  await expect(tile.getByTestId('favourite-button')).toHaveAttribute('data-on', 'true')
  await shot(page, testInfo, 'search-favourite')

  // The product page remembers it, offers the seller's shop, and counts as viewed.
  await tile.getByTestId('product-name').click()
  await expect(page.getByTestId('product-title')).toHaveText('Acme Wireless Headphones')
  await expect(page.getByTestId('favourite-button')).toHaveAttribute('data-on', 'true')
  await page.getByTestId('favourite-shop-button').click()
  await expect(page.getByTestId('favourite-shop-button')).toHaveAttribute('aria-pressed', 'true')

  await page.getByTestId('nav-account').click()
  await page.getByTestId('account-menu-favourites').click()
  const row = page.locator(`[data-testid="favourite-product"][data-product-id="${productId}"]`)
  await expect(row.getByTestId('favourite-name')).toHaveText('Acme Wireless Headphones')
  await expect(row.getByTestId('favourite-price')).not.toBeEmpty()
  await shot(page, testInfo, 'account-favourites')
  await page.getByTestId('favourites-tab-shops').click()
  await expect(page.getByTestId('favourite-shop')).toHaveCount(1)
  await shot(page, testInfo, 'account-favourite-shops')

  await page.getByTestId('account-menu-recent').click()
  await expect(page.locator(`[data-testid="recent-product"][data-product-id="${productId}"]`)).toBeVisible()
  await shot(page, testInfo, 'account-recently-viewed')
  await page.getByTestId('home-link').click()
  await expect(page.getByTestId('home-recent').getByTestId('recent-product')).toHaveCount(1)

  // Taken off again, it leaves the list.
  await page.getByTestId('nav-account').click()
  await page.getByTestId('account-menu-favourites').click()
  await row.getByTestId('favourite-remove').click()
  await expect(row).toHaveCount(0)
})

test('@phone a paid order lands in the notifications, with the bell counting it until it is read', async ({ page, request }, testInfo) => {
  const account = await activatedAccount(request, 'inbox')
  const number = await paidOrder(request, await account.token())
  await signIn(page, account)
  await expect(page.getByTestId('unread-count')).toHaveText('2') // placed, then paid
  await shot(page, testInfo, 'header-bell')
  await page.getByTestId('nav-notifications').click()
  await expect(page).toHaveURL(/\/account\/notifications$/)
  const paid = page.locator('[data-testid="notification"][data-key="order.paid"]')
  await expect(paid).toHaveAttribute('data-read', 'false')
  await expect(paid.getByTestId('notification-body')).toContainText(number)
  await shot(page, testInfo, 'account-notifications')

  await paid.getByTestId('notification-read').click()
  await expect(paid).toHaveAttribute('data-read', 'true')
  await expect(page.getByTestId('unread-count')).toHaveText('1')
  await page.getByTestId('mark-all-read').click()
  await expect(page.locator('[data-testid="notification"][data-read="false"]')).toHaveCount(0)
  await expect(page.getByTestId('unread-count')).toHaveCount(0)

  // Its link leads to the order.
  await page.locator('[data-testid="notification"][data-key="order.submitted"]').getByTestId('notification-open').click()
  await expect(page).toHaveURL(new RegExp(`/orders/${number}$`))
})
