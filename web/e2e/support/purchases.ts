import { expect, type APIRequestContext } from '@playwright/test'
import { shipAsMerchant } from '../storefront/helpers'

/**
 * The scene of a review, through the API: the demo book bought by the shopper, paid in the sandbox, shipped by the
 * merchant and received. Returns the book's product id and the order number.
 */
export async function receivedBook(request: APIRequestContext, token: string) {
  const auth = { authorization: `Bearer ${token}` }
  const found = await (await request.get('/api/catalog/products?q=book')).json()
  const book = await (await request.get(`/api/catalog/products/${found.items[0].id}`)).json()
  expect((await request.post('/api/cart/lines', { headers: auth, data: { skuId: book.skus[0].id, quantity: 1 } })).status()).toBe(200)
  const checkout = await request.post('/api/orders/checkout', {
    headers: { ...auth, 'Idempotency-Key': `review-${Date.now()}-${Math.random()}` },
    data: { address: { name: 'Li Lei', phone: '+8613800138000', country: 'CN', city: 'Hangzhou', line1: '1 West Lake Road' }, paymentMethod: 'sandbox-card' },
  })
  expect(checkout.status(), await checkout.text()).toBe(201)
  const placed = await checkout.json()
  const number = placed.orders[0].orderNumber as string
  expect((await request.post(`${placed.payment.redirectUrl}/complete`)).status()).toBe(200)
  await expect.poll(async () => (await (await request.get(`/api/orders/${number}`, { headers: auth })).json()).status).toBe('PAID')
  await shipAsMerchant(request, number)
  expect((await request.post(`/api/orders/${number}/confirm-receipt`, { headers: auth })).status()).toBe(200)
  return { productId: book.id as string, number }
}
