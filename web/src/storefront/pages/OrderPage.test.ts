import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { OrderPayment, OrderView } from '../api/types'
import { mountPage } from '../test/mount'

const orders = vi.hoisted(() => ({ get: vi.fn(), payment: vi.fn(), cancel: vi.fn(), confirmReceipt: vi.fn() }))
vi.mock('../api/orders', () => ({ ordersApi: orders }))
const { default: OrderPage } = await import('./OrderPage.vue')

const order = (over: Partial<OrderView>): OrderView => ({
  orderNumber: 'N1', checkoutId: 'c1', merchantId: 'm1', status: 'AWAITING_PAYMENT', currency: 'CNY', itemsMinor: 9900, discountMinor: 0,
  shippingMinor: 0, totalMinor: 9900, pointsSpent: 0, pointsValueMinor: 0, memberSavingMinor: 0, createdAt: '2026-12-01T10:00:00Z', lines: [], shipTo: { name: 'Sam', phone: '+8613800138000', line1: '1 Road', city: 'Shanghai', country: 'CN' },
  paymentMethod: 'sandbox-card', carrier: null, trackingNumber: null, paidAt: null, shippedAt: null, deliveredAt: null, completedAt: null,
  cancelledAt: null, history: [], fulfilment: 'NOT_SHIPPED', shipments: [], ...over,
})
const payment = (over: Partial<OrderPayment> = {}): OrderPayment => ({
  paymentId: 'p1', provider: 'sandbox', status: 'PENDING', amountMinor: 9900, currency: 'CNY', payUrl: 'http://x/api/payments/sandbox/p1', ...over,
})

describe('OrderPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    Object.values(orders).forEach((f) => f.mockReset())
    localStorage.clear()
    orders.payment.mockResolvedValue(payment())
  })
  afterEach(() => vi.useRealTimers())

  it("offers the order's payment while unpaid, in this tab, and follows the order until it is paid", async () => {
    orders.get.mockResolvedValueOnce(order({})).mockResolvedValue(order({ status: 'PAID', paidAt: '2026-12-01T10:01:00Z' }))
    const { wrapper } = await mountPage(OrderPage, {}, '/orders/N1')
    await flushPromises()
    expect(orders.get).toHaveBeenCalledWith('N1')
    expect(orders.payment).toHaveBeenCalledWith('N1')
    expect(wrapper.find('[data-testid="pay-now"]').attributes('href')).toBe('http://x/api/payments/sandbox/p1')
    expect(wrapper.find('[data-testid="pay-now"]').attributes('target')).toBeUndefined()
    expect(wrapper.find('[data-testid="cancel-order"]').exists()).toBe(true)

    vi.advanceTimersByTime(2600)
    await flushPromises()
    expect(wrapper.find('[data-testid="order-status"]').attributes('data-status')).toBe('PAID')
    expect(wrapper.find('[data-testid="pay-now"]').exists()).toBe(false)
    expect(localStorage.length).toBe(0)
    vi.advanceTimersByTime(10_000)
    expect(orders.get).toHaveBeenCalledTimes(2)
    expect(orders.payment).toHaveBeenCalledTimes(1)
  })

  it('says so when the payment failed and offers no payment link', async () => {
    orders.get.mockResolvedValue(order({}))
    orders.payment.mockResolvedValue(payment({ status: 'FAILED', payUrl: null }))
    const { wrapper } = await mountPage(OrderPage, {}, '/orders/N1')
    await flushPromises()
    expect(wrapper.find('[data-testid="pay-now"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="payment-failed"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="cancel-order"]').exists()).toBe(true)
  })

  it('confirms the receipt of a shipped order', async () => {
    orders.get.mockResolvedValue(order({ status: 'SHIPPED', carrier: 'SF Express', trackingNumber: 'SF1' }))
    orders.confirmReceipt.mockResolvedValue(order({ status: 'DELIVERED' }))
    const { wrapper } = await mountPage(OrderPage, {}, '/orders/N1')
    await flushPromises()
    expect(orders.payment).not.toHaveBeenCalled()
    expect(wrapper.find('[data-testid="shipped"]').text()).toContain('SF Express')
    await wrapper.find('[data-testid="confirm-receipt"]').trigger('click')
    await flushPromises()
    expect(orders.confirmReceipt).toHaveBeenCalledWith('N1')
    expect(wrapper.find('[data-testid="order-status"]').attributes('data-status')).toBe('DELIVERED')
    expect(wrapper.find('[data-testid="confirm-receipt"]').exists()).toBe(false)
  })

  it('shows each parcel with what it carries and its tracking timeline, and says a partly shipped order has more to come', async () => {
    orders.get.mockResolvedValue(order({
      status: 'PAID', fulfilment: 'PARTIALLY_SHIPPED', carrier: 'SwiftPost', trackingNumber: 'SP1',
      lines: [{ lineNo: 1, shippedQuantity: 1, skuId: 's1', productId: 'p1', productName: 'Tote', attributes: {}, unitPriceMinor: 1500, quantity: 2,
        lineTotalMinor: 3000, listPriceMinor: null, memberSavingMinor: 0 }],
      shipments: [{ shipmentId: 'x1', orderNumber: 'N1', carrier: 'SwiftPost', trackingNumber: 'SP1', status: 'IN_TRANSIT',
        shippedAt: '2026-12-02T10:00:00Z', deliveredAt: null, lines: [{ lineNo: 1, quantity: 1 }],
        events: [{ status: 'IN_TRANSIT', description: 'Left the hub', location: 'Hangzhou', occurredAt: '2026-12-02T12:00:00Z', reportedBy: 'CARRIER' }] }],
    }))
    const { wrapper } = await mountPage(OrderPage, {}, '/orders/N1')
    await flushPromises()
    expect(wrapper.find('[data-testid="partly-shipped"]').exists()).toBe(true)
    const parcel = wrapper.find('[data-testid="parcel"]')
    expect(parcel.find('[data-testid="parcel-tracking"]').text()).toBe('SP1')
    expect(parcel.find('[data-testid="parcel-lines"]').text()).toContain('Tote × 1')
    expect(parcel.find('[data-testid="parcel-timeline"]').text()).toContain('Left the hub · Hangzhou')
    expect(parcel.find('[data-testid="parcel-status"]').text()).toBe('In transit')
  })

  it('shows what the benefits took off: member price next to the list price, the member saving, points apart from the coupon', async () => {
    orders.get.mockResolvedValue(order({
      status: 'PAID', itemsMinor: 3000, discountMinor: 500, pointsSpent: 200, pointsValueMinor: 200, memberSavingMinor: 1000, totalMinor: 2500,
      lines: [{ lineNo: 1, shippedQuantity: 0, skuId: 's1', productId: 'p1', productName: 'Tote', attributes: {}, unitPriceMinor: 1500, quantity: 2, lineTotalMinor: 3000,
        listPriceMinor: 2000, memberSavingMinor: 1000 }],
    }))
    const { wrapper } = await mountPage(OrderPage, {}, '/orders/N1')
    await flushPromises()
    expect(wrapper.find('[data-testid="order-line-member-price"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="order-line-list-price"]').text()).toContain('20.00')
    expect(wrapper.find('[data-testid="breakdown-member-saving"]').text()).toContain('10.00')
    expect(wrapper.find('[data-testid="breakdown-points"]').text()).toContain('2.00')
    expect(wrapper.find('[data-testid="breakdown-discount"]').text()).toContain('3.00')
    expect(wrapper.find('[data-testid="breakdown"]').text()).toContain('200')
  })

  it('shows no benefit rows for an order without them', async () => {
    orders.get.mockResolvedValue(order({ status: 'PAID', discountMinor: 300 }))
    const { wrapper } = await mountPage(OrderPage, {}, '/orders/N1')
    await flushPromises()
    expect(wrapper.find('[data-testid="breakdown-points"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="breakdown-member-saving"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="breakdown-discount"]').text()).toContain('3.00')
  })
})
