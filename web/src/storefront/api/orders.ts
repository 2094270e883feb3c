import { api, call } from '../../shared/api/client'
import type { Address, AddressInput, CheckoutQuote, CheckoutRequest, CheckoutResponse, OrderSummary, OrderView, Page, QuoteRequest } from './types'

export const ordersApi = {
  addresses: () => call(api.GET('/api/me/addresses')) as Promise<Address[]>,
  saveAddress: (body: AddressInput) => call(api.POST('/api/me/addresses', { body })) as Promise<Address>,
  /** The breakdown placing the order would have now; nothing is reserved. */
  quote: (body: QuoteRequest) => call(api.POST('/api/orders/checkout/quote', { body })) as Promise<CheckoutQuote>,
  checkout: (body: CheckoutRequest, idempotencyKey: string) =>
    call(api.POST('/api/orders/checkout', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })) as Promise<CheckoutResponse>,
  list: (page: number, size = 20) => call(api.GET('/api/orders', { params: { query: { page, size } } })) as Promise<Page<OrderSummary>>,
  get: (number: string) => call(api.GET('/api/orders/{number}', { params: { path: { number } } })) as Promise<OrderView>,
  cancel: (number: string) =>
    call(api.POST('/api/orders/{number}/cancel', { params: { path: { number } } })) as Promise<OrderView>,
  confirmReceipt: (number: string) =>
    call(api.POST('/api/orders/{number}/confirm-receipt', { params: { path: { number } } })) as Promise<OrderView>,
}
