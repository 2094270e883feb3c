import { api } from '../../shared/api/client'
import { got, type Coupon, type CouponInput, type Order, type OrderStatus, type OrderSummary, type Page } from './views'

/** The merchant's orders (permission `orders`); from/to are ISO instants, [from, to). */
export function listOrders(query: { status?: OrderStatus; from?: string; to?: string; page?: number; size?: number }) {
  return got<Page<OrderSummary>>(api.GET('/api/merchant/orders', { params: { query } }))
}

export function getOrder(number: string) {
  return got<Order>(api.GET('/api/merchant/orders/{number}', { params: { path: { number } } }))
}

export function shipOrder(number: string, carrier: string, trackingNumber: string) {
  return got<Order>(api.POST('/api/merchant/orders/{number}/ship', { params: { path: { number } }, body: { carrier, trackingNumber } }))
}

/** Coupons of the platform (admins); the API answers a plain list, newest first. */
export function listCoupons(query: { page?: number; size?: number }) {
  return got<Coupon[]>(api.GET('/api/admin/coupons', { params: { query } }))
}

export function createCoupon(input: CouponInput) {
  return got<Coupon>(api.POST('/api/admin/coupons', { body: input as never }))
}
