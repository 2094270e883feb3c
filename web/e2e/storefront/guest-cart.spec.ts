import { expect, test } from '@playwright/test'
import { shot } from '../support/shots'
import { activatedAccount, chooseSku } from './helpers'

type Offer = { id: string; attributes: Record<string, string>; stock: number }

async function productNamed(request: import('@playwright/test').APIRequestContext, q: string, name: string) {
  const found = await (await request.get(`/api/catalog/products?q=${encodeURIComponent(q)}`)).json()
  const card = found.items.find((p: { name: string }) => p.name === name)
  expect(card, `${name} is on sale`).toBeTruthy()
  const product = await (await request.get(`/api/catalog/products/${card.id}`)).json()
  const sku = (product.skus as Offer[]).filter((s) => s.stock >= 3).sort((a, b) => b.stock - a.stock)[0]
  if (!sku) throw new Error(`${name} has no SKU with 3 units left; restart the stack`)
  return { id: card.id as string, sku }
}

test('a guest fills a cart, signs in from the cart and finds the guest lines merged into the account cart', async ({ page, request }, testInfo) => {
  const account = await activatedAccount(request, 'guest-merge')
  const token = await account.token()
  const book = await productNamed(request, 'book', 'The Little Book of Shops')
  const headphones = await productNamed(request, 'headphones', 'Acme Wireless Headphones')
  // The account's own cart already holds one book.
  const own = await request.post('/api/cart/lines', {
    headers: { authorization: `Bearer ${token}` },
    data: { skuId: book.sku.id, quantity: 1 },
  })
  expect(own.status(), await own.text()).toBe(200)

  // As a guest: two books and the headphones.
  await page.goto(`/product/${book.id}`)
  await page.getByTestId('quantity').fill('2')
  await page.getByTestId('add-to-cart').click()
  await expect(page.getByTestId('cart-count')).toHaveText('2')
  await page.goto(`/product/${headphones.id}`)
  await chooseSku(page, headphones.sku.attributes)
  await page.getByTestId('add-to-cart').click()
  await expect(page.getByTestId('added')).toBeVisible()
  await page.getByTestId('nav-cart').click()
  await expect(page.getByTestId('cart-line')).toHaveCount(2)
  await expect(page.getByTestId('cart-count')).toHaveText('3')
  await shot(page, testInfo, 'cart-guest')

  // Sign in from the cart and come back to it.
  await page.getByTestId('sign-in').click()
  await expect(page).toHaveURL(/\/login\?redirect=(%2F|\/)cart$/)
  await page.getByTestId('login').fill(account.login)
  await page.getByTestId('password').fill(account.password)
  await shot(page, testInfo, 'login')
  await page.getByTestId('login-submit').click()
  await expect(page).toHaveURL(/\/cart$/)
  await expect(page.getByTestId('sign-out')).toBeVisible()

  const bookLine = page.locator(`[data-testid="cart-line"][data-sku-id="${book.sku.id}"]`)
  const headphonesLine = page.locator(`[data-testid="cart-line"][data-sku-id="${headphones.sku.id}"]`)
  await expect(page.getByTestId('cart-line')).toHaveCount(2)
  await expect(bookLine.getByTestId('line-quantity')).toHaveValue('3')
  await expect(headphonesLine.getByTestId('line-quantity')).toHaveValue('1')
  await expect(page.getByTestId('cart-count')).toHaveText('4')

  // The merged cart is the account's: the API says so too.
  const cart = await (await request.get('/api/cart', { headers: { authorization: `Bearer ${token}` } })).json()
  expect(cart.lines.map((l: { skuId: string; quantity: number }) => [l.skuId, l.quantity]).sort()).toEqual(
    [[book.sku.id, 3], [headphones.sku.id, 1]].sort(),
  )
  await shot(page, testInfo, 'cart-merged')
})

test('guests browse the categories and a sign-out leaves an empty guest cart', async ({ page, request }, testInfo) => {
  const account = await activatedAccount(request, 'sign-out')
  await page.goto('/categories')
  await expect(page.getByTestId('category-link').first()).toBeVisible()
  await shot(page, testInfo, 'categories')
  await page.getByTestId('category-link').filter({ hasText: 'Books' }).click()
  await expect(page).toHaveURL(/\/search\?category=\d+/)
  await expect(page.getByTestId('product-card').first()).toBeVisible()

  await page.goto('/login')
  await page.getByTestId('login').fill(account.login)
  await page.getByTestId('password').fill(account.password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('sign-out')).toBeVisible()
  await page.getByTestId('sign-out').click()
  await expect(page.getByTestId('sign-in')).toBeVisible()
  await expect(page.getByTestId('cart-count')).toHaveText('0')
  // Signed out, the orders page asks to sign in first.
  await page.goto('/orders')
  await expect(page).toHaveURL(/\/login\?redirect=(%2F|\/)orders$/)
})

test('cart lines are selected, unselected, removed and cleared, and the total follows the selection', async ({ page, request }) => {
  const book = await productNamed(request, 'book', 'The Little Book of Shops')
  const headphones = await productNamed(request, 'headphones', 'Acme Wireless Headphones')
  const bookPrice = (await (await request.get(`/api/catalog/products/${book.id}`)).json()).skus[0].priceMinor as number
  await page.goto(`/product/${book.id}`)
  await page.getByTestId('add-to-cart').click()
  await expect(page.getByTestId('cart-count')).toHaveText('1')
  await page.goto(`/product/${headphones.id}`)
  await chooseSku(page, headphones.sku.attributes)
  await page.getByTestId('add-to-cart').click()
  await expect(page.getByTestId('cart-count')).toHaveText('2')
  await page.goto('/cart')
  await expect(page.getByTestId('cart-line')).toHaveCount(2)

  const headphonesLine = page.locator(`[data-testid="cart-line"][data-sku-id="${headphones.sku.id}"]`)
  await headphonesLine.getByTestId('line-select').uncheck()
  await expect(page.getByTestId('select-all')).not.toBeChecked()
  await expect(page.getByTestId('cart-total')).toHaveText(new Intl.NumberFormat('en', { style: 'currency', currency: 'CNY' }).format(bookPrice / 100))
  await page.getByTestId('select-all').check()
  await expect(headphonesLine.getByTestId('line-select')).toBeChecked()
  await headphonesLine.getByTestId('line-remove').click()
  await expect(page.getByTestId('cart-line')).toHaveCount(1)
  await page.getByTestId('clear-cart').click()
  await page.getByTestId('clear-confirm').click()
  await expect(page.getByTestId('empty')).toBeVisible()
  await expect(page.getByTestId('cart-count')).toHaveText('0')
})
