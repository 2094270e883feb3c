import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiProblem } from '../../shared/api/problem'
import * as orders from '../api/orders'
import type { Order } from '../api/views'
import * as shipments from '../shipments/api'
import { mountPage } from '../test/mountPage'
import OrderDetailPage from './OrderDetailPage.vue'

vi.mock('../api/orders', () => ({ getOrder: vi.fn() }))
vi.mock('../shipments/api', () => ({ createShipment: vi.fn(), addTrackingEvent: vi.fn(), TRACKING_STATUSES: ['IN_TRANSIT', 'DELIVERED'] }))

const paid: Order = {
  orderNumber: 'BZ-2026-0001', merchantId: 'm', status: 'PAID', currency: 'CNY', itemsMinor: 6800, discountMinor: 0, shippingMinor: 1000,
  totalMinor: 7800, pointsSpent: 0, pointsValueMinor: 0, memberSavingMinor: 0, createdAt: '2026-12-01T10:00:00Z', checkoutId: 'c', paymentMethod: 'sandbox-card', carrier: null, trackingNumber: null,
  lines: [
    { lineNo: 1, shippedQuantity: 0, skuId: 's', productId: 'p', productName: 'The Little Book of Shops', attributes: {}, unitPriceMinor: 3400, quantity: 2, lineTotalMinor: 6800, listPriceMinor: null, memberSavingMinor: 0 },
  ],
  shipTo: { name: 'Sam', phone: '13800000000', country: 'CN', city: '上海', line1: '1 Nanjing Road' }, paidAt: null, shippedAt: null, deliveredAt: null, completedAt: null,
  cancelledAt: null, history: [{ from: 'AWAITING_PAYMENT', to: 'PAID', at: '2026-12-01T10:01:00Z', by: 'sandbox', note: null }],
  fulfilment: 'NOT_SHIPPED', shipments: [],
}
const parcel = (tracking: string, quantity: number) => ({
  shipmentId: `id-${tracking}`, orderNumber: 'BZ-2026-0001', carrier: 'SF Express', trackingNumber: tracking, status: 'SHIPPED',
  shippedAt: '2026-12-02T10:00:00Z', deliveredAt: null, lines: [{ lineNo: 1, quantity }], events: [],
})
const routes = [{ path: '/orders/:number', name: 'order' }] as never

describe('order detail', () => {
  afterEach(() => {
    document.body.replaceChildren()
    vi.mocked(orders.getOrder).mockReset()
    vi.mocked(shipments.createShipment).mockReset()
  })

  it('ships one unit in a parcel, keeps the order paid, then ships the rest', async () => {
    const partly: Order = { ...paid, fulfilment: 'PARTIALLY_SHIPPED', carrier: 'SF Express', trackingNumber: 'SF1',
      lines: [{ ...paid.lines[0]!, shippedQuantity: 1 }], shipments: [parcel('SF1', 1)] }
    vi.mocked(orders.getOrder).mockResolvedValueOnce(paid).mockResolvedValueOnce(partly)
      .mockResolvedValueOnce({ ...partly, status: 'SHIPPED', fulfilment: 'SHIPPED', shipments: [parcel('SF1', 1), parcel('SF2', 1)] })
    vi.mocked(shipments.createShipment).mockResolvedValue(parcel('SF1', 1))
    const { wrapper } = await mountPage(OrderDetailPage, '/orders/BZ-2026-0001', routes)
    expect(wrapper.text()).toContain('The Little Book of Shops')
    await wrapper.find('[data-testid="ship-quantity"]').setValue(1)
    await wrapper.find('[data-testid="ship-carrier"]').setValue('  SF Express ')
    await wrapper.find('[data-testid="ship-tracking"]').setValue('SF1')
    await wrapper.find('[data-testid="ship-form"]').trigger('submit')
    await flushPromises()
    const [number, key, body] = vi.mocked(shipments.createShipment).mock.calls[0]!
    expect([number, body]).toEqual(['BZ-2026-0001', { carrier: 'SF Express', trackingNumber: 'SF1', lines: [{ lineNo: 1, quantity: 1 }] }])
    expect(key).toMatch(/.+/)
    expect(wrapper.find('[data-testid="status"]').attributes('data-status')).toBe('PAID')
    expect(wrapper.find('[data-testid="partly-shipped"]').exists()).toBe(true)
    expect(wrapper.findAll('[data-testid="shipment"]')).toHaveLength(1)
    expect((wrapper.find('[data-testid="ship-quantity"]').element as HTMLInputElement).value).toBe('1')

    await wrapper.find('[data-testid="ship-tracking"]').setValue('SF2')
    await wrapper.find('[data-testid="ship-form"]').trigger('submit')
    await flushPromises()
    expect(vi.mocked(shipments.createShipment).mock.calls[1]![1]).not.toBe(key)
    expect(wrapper.find('[data-testid="ship-form"]').exists()).toBe(false)
    expect(wrapper.findAll('[data-testid="shipment"]')).toHaveLength(2)
    expect(wrapper.find('[data-testid="status"]').attributes('data-status')).toBe('SHIPPED')
  })

  it('shows the API’s field errors at the ship form’s fields and retries with the same key', async () => {
    vi.mocked(orders.getOrder).mockResolvedValue(paid)
    vi.mocked(shipments.createShipment).mockRejectedValue(new ApiProblem({ type: 'x', title: 'Invalid input', status: 400,
      errors: [{ field: 'trackingNumber', message: 'is required' }] }))
    const { wrapper } = await mountPage(OrderDetailPage, '/orders/BZ-2026-0001', routes)
    await wrapper.find('[data-testid="ship-carrier"]').setValue('SF Express')
    await wrapper.find('[data-testid="ship-form"]').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="ship-tracking"]').element.closest('.field')!.textContent).toContain('is required')
    expect(wrapper.find('[data-testid="ship-carrier"]').element.closest('.field')!.classList.contains('field--invalid')).toBe(false)
    await wrapper.find('[data-testid="ship-form"]').trigger('submit')
    await flushPromises()
    const calls = vi.mocked(shipments.createShipment).mock.calls
    expect(calls[1]![1]).toBe(calls[0]![1])
  })

  it('offers no ship form for an order that is not paid', async () => {
    vi.mocked(orders.getOrder).mockResolvedValue({ ...paid, status: 'AWAITING_PAYMENT' })
    const { wrapper } = await mountPage(OrderDetailPage, '/orders/BZ-2026-0001', routes)
    expect(wrapper.find('[data-testid="ship-form"]').exists()).toBe(false)
  })
})
