import type { OfferedCoupon } from './api'

/** "10 % off" or "CN¥5.00 off", and "from CN¥50.00" when there is a minimum spend, in the shopper's words. */
export function couponTerms(
  c: OfferedCoupon,
  t: (key: string, values?: Record<string, unknown>) => string,
  money: (minor: number, currency: string) => string,
): string {
  const off = c.percent != null
    ? t('storefront.benefits.coupon.percentOff', { percent: c.percent })
    : t('storefront.benefits.coupon.amountOff', { amount: money(c.amountMinor ?? 0, c.currency ?? 'CNY') })
  if (!c.minSpendMinor) return off
  return `${off} · ${t('storefront.benefits.coupon.minSpend', { amount: money(c.minSpendMinor, c.currency ?? 'CNY') })}`
}
