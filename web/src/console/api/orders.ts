import { api, call } from '../../shared/api/client'
import type { CouponInput } from './views'

// the merchant's order list (filters, sorts, keyset pages) and its exports: ../orders/api.ts
export function getOrder(number: string) {
  return call(api.GET('/api/merchant/orders/{number}', { params: { path: { number } } }))
}

/** Coupons of the platform (admins); the API answers a plain list, newest first. */
export function listCoupons(query: { page?: number; size?: number }) {
  return call(api.GET('/api/admin/coupons', { params: { query } }))
}

export function createCoupon(input: CouponInput) {
  return call(api.POST('/api/admin/coupons', { body: input }))
}
