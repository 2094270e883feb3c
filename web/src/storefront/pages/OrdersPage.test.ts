import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { OrderPayment, OrderSummary, OrdersPage as Page } from '../api/types'
import { mountPage } from '../test/mount'

const orders = vi.hoisted(() => ({ list: vi.fn(), payment: vi.fn() }))
vi.mock('../api/orders', () => ({ ordersApi: orders }))
const { default: OrdersPage } = await import('./OrdersPage.vue')

const summary = (orderNumber: string, status: string): OrderSummary => ({
  orderNumber, merchantId: 'm1', status, currency: 'CNY', itemsMinor: 9900, discountMinor: 0, shippingMinor: 0, totalMinor: 9900,
  createdAt: '2026-12-01T10:00:00Z',
})
const page = (...items: OrderSummary[]): Page => ({ items, page: 0, size: 20, total: items.length })
const payment = (paymentId: string, over: Partial<OrderPayment> = {}): OrderPayment => ({
  paymentId, provider: 'stripe', status: 'PENDING', amountMinor: 9900, currency: 'CNY', payUrl: 'https://pay.example/x', ...over,
})

describe('OrdersPage', () => {
  beforeEach(() => Object.values(orders).forEach((f) => f.mockReset()))
  afterEach(() => vi.useRealTimers())

  it('lists the orders without a notice when not back from a payment', async () => {
    orders.list.mockResolvedValue(page(summary('N1', 'PAID')))
    const { wrapper } = await mountPage(OrdersPage, {}, '/orders')
    await flushPromises()
    expect(wrapper.findAll('[data-testid="order-row"]')).toHaveLength(1)
    expect(wrapper.find('[data-testid="payment-return"]').exists()).toBe(false)
  })

  it('says the payment went through, shows the order paid, and drops the return from the address', async () => {
    orders.list.mockResolvedValue(page(summary('N1', 'PAID')))
    const { wrapper, router } = await mountPage(OrdersPage, {}, '/orders?payment=p1&outcome=paid')
    await flushPromises()
    const notice = wrapper.find('[data-testid="payment-return"]')
    expect(notice.attributes('data-outcome')).toBe('paid')
    expect(notice.text()).toContain('your payment went through')
    expect(wrapper.find('[data-testid="order-status"]').attributes('data-status')).toBe('PAID')
    expect(router.currentRoute.value.query).toEqual({})
    expect(orders.payment).not.toHaveBeenCalled()
  })

  it('says the payment failed', async () => {
    orders.list.mockResolvedValue(page(summary('N1', 'AWAITING_PAYMENT')))
    const { wrapper } = await mountPage(OrdersPage, {}, '/orders?payment=p1&outcome=failed')
    await flushPromises()
    expect(wrapper.find('[data-testid="payment-return"]').attributes('data-outcome')).toBe('failed')
    expect(wrapper.find('[data-testid="payment-return"]').text()).toContain('did not go through')
    expect(wrapper.find('[data-testid="order-status"]').attributes('data-status')).toBe('AWAITING_PAYMENT')
  })

  it('reads the orders of a paid payment again until the API has its confirmation', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    orders.list
      .mockResolvedValueOnce(page(summary('N2', 'AWAITING_PAYMENT'), summary('N1', 'AWAITING_PAYMENT')))
      .mockResolvedValue(page(summary('N2', 'AWAITING_PAYMENT'), summary('N1', 'PAID')))
    orders.payment.mockImplementation(async (n: string) => payment(n === 'N1' ? 'p1' : 'p2'))
    const { wrapper } = await mountPage(OrdersPage, {}, '/orders?payment=p1&outcome=paid')
    await flushPromises()
    expect(orders.payment.mock.calls.map((c) => c[0]).sort()).toEqual(['N1', 'N2'])
    expect(wrapper.find('[data-testid="payment-confirming"]').exists()).toBe(true)

    vi.advanceTimersByTime(2100)
    await flushPromises()
    expect(wrapper.find('[data-number="N1"] [data-testid="order-status"]').attributes('data-status')).toBe('PAID')
    expect(wrapper.find('[data-testid="payment-confirming"]').exists()).toBe(false)
    vi.advanceTimersByTime(10_000)
    expect(orders.list).toHaveBeenCalledTimes(2)
  })
})
