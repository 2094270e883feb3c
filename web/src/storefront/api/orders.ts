import { api, call } from '../../shared/api/client'
import type { AddressInput, CheckoutRequest, QuoteRequest } from './types'

export const ordersApi = {
  addresses: () => call(api.GET('/api/me/addresses')),
  saveAddress: (body: AddressInput) => call(api.POST('/api/me/addresses', { body })),
  /** The breakdown placing the order would have now; nothing is reserved. */
  quote: (body: QuoteRequest) => call(api.POST('/api/orders/checkout/quote', { body })),
  checkout: (body: CheckoutRequest, idempotencyKey: string) =>
    call(api.POST('/api/orders/checkout', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),
  list: (page: number, status: readonly string[] = [], size = 20) =>
    call(api.GET('/api/orders', { params: { query: { page, size, ...(status.length ? { status: [...status] } : {}) } } })),
  get: (number: string) => call(api.GET('/api/orders/{number}', { params: { path: { number } } })),
  /** The order's payment, with where to pay it (payUrl) while it is pending and the order awaits it. */
  payment: (number: string) => call(api.GET('/api/orders/{number}/payment', { params: { path: { number } } })),
  cancel: (number: string) => call(api.POST('/api/orders/{number}/cancel', { params: { path: { number } } })),
  confirmReceipt: (number: string) => call(api.POST('/api/orders/{number}/confirm-receipt', { params: { path: { number } } })),
}
