import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiProblem } from '../../shared/api/problem'
import type { CartView, CheckoutQuote, CheckoutResponse } from '../api/types'
import { mountPage } from '../test/mount'

const orders = vi.hoisted(() => ({ addresses: vi.fn(), saveAddress: vi.fn(), checkout: vi.fn(), quote: vi.fn() }))
const cart = vi.hoisted(() => ({ view: vi.fn() }))
vi.mock('../api/orders', () => ({ ordersApi: orders }))
vi.mock('../api/cart', () => ({ cartApi: cart }))
const benefits = vi.hoisted(() => ({ applicable: vi.fn() }))
vi.mock('../benefits/api', () => ({ benefitsApi: benefits }))

const { default: CheckoutPage } = await import('./CheckoutPage.vue')

const cartView: CartView = {
  lines: [{ skuId: 's1', productId: 'p1', productName: 'Tee', slug: 'tee', attributes: { size: 'M' }, quantity: 2, selected: true,
    unitPriceMinor: 9900, addedPriceMinor: 9900, priceChanged: false, currency: 'CNY', available: true, stock: 9, lineTotalMinor: 19800 }],
  totals: [{ currency: 'CNY', itemsMinor: 19800, count: 2 }],
  updatedAt: null,
}
const placed: CheckoutResponse = {
  checkoutId: 'c1', currency: 'CNY', grandTotalMinor: 17820,
  orders: [{ orderNumber: 'N1', merchantId: 'm1', lines: [], itemsMinor: 19800, discountMinor: 1980, shippingMinor: 0, totalMinor: 17820, currency: 'CNY', status: 'AWAITING_PAYMENT' }],
  payment: { paymentId: 'pay1', provider: 'sandbox', redirectUrl: 'http://localhost/api/payments/sandbox/pay1' },
}
const quote = (discountMinor: number, couponCode: string | null = null): CheckoutQuote => ({
  orders: [{ merchantId: 'm1', lines: [], itemsMinor: 19800, discountMinor, shippingMinor: 1000, totalMinor: 20800 - discountMinor, currency: 'CNY',
    couponDiscountMinor: discountMinor, pointsSpent: 0, pointsValueMinor: 0, memberSavingMinor: 0, pointsToEarn: 0 }],
  currency: 'CNY', itemsMinor: 19800, discountMinor, shippingMinor: 1000, grandTotalMinor: 20800 - discountMinor,
  couponCode, walletCouponId: null, couponDiscountMinor: discountMinor, memberSavingMinor: 0, member: false,
  pointsSpent: 0, pointsValueMinor: 0, pointsBalance: 0, pointsMaxSpendable: 0, pointsToEarn: 0,
})
const address = { id: 'a1', name: 'Sam', phone: '+8613800138000', country: 'CN', city: 'Shanghai', line1: '1 Road' }

async function page() {
  const { wrapper } = await mountPage(CheckoutPage)
  await flushPromises()
  return wrapper
}

describe('CheckoutPage', () => {
  beforeEach(() => {
    sessionStorage.clear()
    localStorage.clear()
    Object.values(orders).forEach((f) => f.mockReset())
    cart.view.mockReset().mockResolvedValue(cartView)
    orders.addresses.mockResolvedValue([address])
    orders.quote.mockResolvedValue(quote(0))
    benefits.applicable.mockReset().mockResolvedValue([])
  })

  it('shows the quoted breakdown for the chosen address, and again with the coupon', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const wrapper = await page()
      vi.advanceTimersByTime(1)
      await flushPromises()
      expect(orders.quote).toHaveBeenLastCalledWith({ addressId: 'a1' })
      expect(wrapper.find('[data-testid="checkout-shipping"]').text()).toBe('CN¥10.00')
      expect(wrapper.find('[data-testid="checkout-total"]').text()).toBe('CN¥208.00')

      orders.quote.mockResolvedValue(quote(1980, 'SAVE10'))
      await wrapper.find('[data-testid="coupon"]').setValue('SAVE10')
      vi.advanceTimersByTime(600)
      await flushPromises()
      expect(orders.quote).toHaveBeenLastCalledWith({ addressId: 'a1', couponCode: 'SAVE10' })
      expect(wrapper.find('[data-testid="checkout-discount"]').text()).toBe('−CN¥19.80')
      expect(wrapper.find('[data-testid="checkout-total"]').text()).toBe('CN¥188.20')

      orders.quote.mockRejectedValue(new ApiProblem({ type: 'https://bazaar.dev/problems/coupon-expired', title: 'Unprocessable', status: 422 }))
      await wrapper.find('[data-testid="coupon"]').setValue('OLD')
      vi.advanceTimersByTime(600)
      await flushPromises()
      expect(wrapper.find('.field--invalid').text()).toContain('This coupon is not valid now.')
      expect(wrapper.find('[data-testid="quote"]').exists()).toBe(false)
    } finally {
      vi.useRealTimers()
    }
  })

  it('retries a failed attempt with the same Idempotency-Key and uses a new one for a changed order', async () => {
    orders.checkout
      .mockRejectedValueOnce(new ApiProblem({ type: 'about:blank', title: 'The server cannot be reached', status: 0 }))
      .mockRejectedValueOnce(new ApiProblem({ type: 'https://bazaar.dev/problems/coupon-not-found', title: 'Unprocessable', status: 422, detail: 'There is no coupon X.' }))
      .mockResolvedValueOnce(placed)
    const wrapper = await page()
    await wrapper.find('[data-testid="coupon"]').setValue('SAVE10')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="problem"]').text()).toContain('cannot be reached')

    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const [first, second] = orders.checkout.mock.calls
    expect(first?.[0]).toEqual({ addressId: 'a1', paymentMethod: 'sandbox-card', couponCode: 'SAVE10' })
    expect(second?.[1]).toBe(first?.[1])
    // The coupon problem is shown at the coupon field.
    expect(wrapper.find('.field--invalid').text()).toContain('There is no such coupon.')

    await wrapper.find('[data-testid="coupon"]').setValue('')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const third = orders.checkout.mock.calls[2]
    expect(third?.[0]).toEqual({ addressId: 'a1', paymentMethod: 'sandbox-card' })
    expect(third?.[1]).not.toBe(first?.[1])
    expect(wrapper.find('[data-testid="breakdown-discount"]').text()).toContain('19.80')
    // The payment page opens in this tab (it returns to /orders), and nothing of it is kept in the browser.
    const pay = wrapper.find('[data-testid="pay-now"]')
    expect(pay.attributes('href')).toBe('http://localhost/api/payments/sandbox/pay1')
    expect(pay.attributes('target')).toBeUndefined()
    expect(localStorage.length).toBe(0)
  })

  it('quotes with the best wallet coupon and the most points, and shows member prices and the points breakdown', async () => {
    benefits.applicable.mockResolvedValue([{
      walletCoupon: { id: 'w1', coupon: { id: 'c1', code: 'WALLET15', merchantId: null, kind: 'PERCENT', amountMinor: null, currency: null, percent: 15,
        minSpendMinor: 0, validFrom: '2026-01-01T00:00:00Z', validUntil: '2027-01-01T00:00:00Z', validDays: null, collectUntil: null, left: null,
        perCustomerLimit: 1, membersOnly: false }, collectedAt: '2026-01-01T00:00:00Z', validFrom: '2026-01-01T00:00:00Z',
        validUntil: '2027-01-01T00:00:00Z', state: 'USABLE', usedAt: null },
      applies: true, discountMinor: 2970, currency: 'CNY', problemType: null, reason: null,
    }])
    const rich: CheckoutQuote = {
      ...quote(2970, 'WALLET15'), walletCouponId: 'w1', pointsBalance: 5000, pointsMaxSpendable: 4000, pointsToEarn: 330, member: true,
      memberSavingMinor: 2000,
      orders: [{ ...quote(2970).orders[0]!, lines: [{ lineNo: 1, shippedQuantity: 0, skuId: 's1', productId: 'p1', productName: 'Tee', attributes: { size: 'M' }, unitPriceMinor: 9900,
        quantity: 2, lineTotalMinor: 19800, listPriceMinor: 10900, memberSavingMinor: 2000 }] }],
    }
    orders.quote.mockResolvedValue(rich)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const wrapper = await page()
      vi.advanceTimersByTime(1)
      await flushPromises()
      await wrapper.find('[data-testid="wallet-coupon-choice"]').setValue('best')
      vi.advanceTimersByTime(1)
      await flushPromises()
      expect(orders.quote).toHaveBeenLastCalledWith({ addressId: 'a1', bestCoupon: true })
      expect(wrapper.find('[data-testid="member-price-line"]').text()).toContain('99.00')
      expect(wrapper.find('[data-testid="checkout-member-saving"]').text()).toContain('20.00')
      expect(wrapper.find('[data-testid="checkout-points-to-earn"]').text()).toContain('330')

      orders.quote.mockResolvedValue({ ...rich, pointsSpent: 4000, pointsValueMinor: 4000, discountMinor: 6970, grandTotalMinor: 13830 })
      await wrapper.find('[data-testid="points-max"]').trigger('click')
      vi.advanceTimersByTime(600)
      await flushPromises()
      expect(orders.quote).toHaveBeenLastCalledWith({ addressId: 'a1', bestCoupon: true, points: 4000 })
      expect(wrapper.find('[data-testid="checkout-points-discount"]').text()).toBe('−CN¥40.00')
      expect(wrapper.find('[data-testid="checkout-coupon-discount"]').text()).toBe('−CN¥29.70')

      orders.checkout.mockResolvedValue(placed)
      await wrapper.find('form').trigger('submit')
      await flushPromises()
      expect(orders.checkout.mock.calls[0]?.[0]).toEqual({ addressId: 'a1', paymentMethod: 'sandbox-card', bestCoupon: true, points: 4000 })
    } finally {
      vi.useRealTimers()
    }
  })

  it('shows the API field errors of a new address next to its fields', async () => {
    orders.addresses.mockResolvedValue([])
    orders.checkout.mockRejectedValue(new ApiProblem({
      type: 'https://bazaar.dev/problems/validation', title: 'Invalid input', status: 400,
      errors: [{ field: 'address.country', message: 'must be an ISO 3166-1 alpha-2 code' }, { field: 'address.name', message: 'is required' }],
    }))
    const wrapper = await page()
    await wrapper.find('[data-testid="save-address"]').setValue(false)
    await wrapper.find('[data-testid="address-country"]').setValue('china')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(orders.checkout.mock.calls[0]?.[0]).toMatchObject({ address: { country: 'CHINA' } })
    const country = wrapper.find('[data-testid="address-country"]')
    expect(country.attributes('aria-invalid')).toBe('true')
    const described = country.attributes('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!
    expect(wrapper.find(`[id="${described}"]`).text()).toBe('must be an ISO 3166-1 alpha-2 code')
    expect(wrapper.find('[data-testid="address-name"]').attributes('aria-invalid')).toBe('true')
  })
})
