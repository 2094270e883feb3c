import { api, call } from '../../shared/api/client'
import type { components } from '../../shared/api/schema'

type Schemas = components['schemas']
export type PointsView = Schemas['PointsView']
export type PointsEntry = Schemas['PointsEntryView']
export type OfferedCoupon = Schemas['OfferedCouponView']
export type WalletCoupon = Schemas['WalletCouponView']
export type ApplicableCoupon = Schemas['ApplicableCouponView']

/** Points and the coupon wallet of the signed-in shopper, and the coupon centre. */
export const benefitsApi = {
  points: () => call(api.GET('/api/me/points')),
  entries: (page: number, size = 20) => call(api.GET('/api/me/points/entries', { params: { query: { page, size } } })),
  available: () => call(api.GET('/api/coupons/available')),
  wallet: () => call(api.GET('/api/me/coupons')),
  collect: (couponId: string) => call(api.POST('/api/me/coupons', { body: { couponId } })),
  applicable: () => call(api.GET('/api/me/coupons/applicable')),
}
