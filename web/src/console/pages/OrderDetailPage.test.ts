import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiProblem } from '../../shared/api/problem'
import * as orders from '../api/orders'
import type { Order } from '../api/views'
import { mountPage } from '../test/mountPage'
import OrderDetailPage from './OrderDetailPage.vue'

vi.mock('../api/orders', () => ({ getOrder: vi.fn(), shipOrder: vi.fn() }))

const paid: Order = {
  orderNumber: 'BZ-2026-0001', merchantId: 'm', status: 'PAID', currency: 'CNY', itemsMinor: 6800, discountMinor: 0, shippingMinor: 1000,
  totalMinor: 7800, pointsSpent: 0, pointsValueMinor: 0, memberSavingMinor: 0, createdAt: '2026-12-01T10:00:00Z', checkoutId: 'c', paymentMethod: 'sandbox-card', carrier: null, trackingNumber: null,
  lines: [{ skuId: 's', productId: 'p', productName: 'The Little Book of Shops', attributes: {}, unitPriceMinor: 6800, quantity: 1, lineTotalMinor: 6800, listPriceMinor: null, memberSavingMinor: 0 }],
  shipTo: { name: 'Sam', phone: '13800000000', country: 'CN', city: '上海', line1: '1 Nanjing Road' }, paidAt: null, shippedAt: null, deliveredAt: null, completedAt: null,
  cancelledAt: null, history: [{ from: 'AWAITING_PAYMENT', to: 'PAID', at: '2026-12-01T10:01:00Z', by: 'sandbox', note: null }],
}
const routes = [{ path: '/orders/:number', name: 'order' }] as never

describe('order detail', () => {
  afterEach(() => document.body.replaceChildren())

  it('ships a paid order with carrier and tracking number', async () => {
    vi.mocked(orders.getOrder).mockResolvedValue(paid)
    vi.mocked(orders.shipOrder).mockResolvedValue({ ...paid, status: 'SHIPPED', carrier: 'SF Express', trackingNumber: 'SF123' })
    const { wrapper } = await mountPage(OrderDetailPage, '/orders/BZ-2026-0001', routes)
    expect(orders.getOrder).toHaveBeenCalledWith('BZ-2026-0001')
    expect(wrapper.text()).toContain('The Little Book of Shops')
    await wrapper.find('[data-testid="ship-carrier"]').setValue('  SF Express ')
    await wrapper.find('[data-testid="ship-tracking"]').setValue('SF123')
    await wrapper.find('[data-testid="ship-form"]').trigger('submit')
    await flushPromises()
    expect(orders.shipOrder).toHaveBeenCalledWith('BZ-2026-0001', 'SF Express', 'SF123')
    expect(wrapper.find('[data-testid="ship-form"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="shipment"]').text()).toContain('SF123')
    expect(wrapper.find('[data-testid="status"]').attributes('data-status')).toBe('SHIPPED')
  })

  it('shows the API’s field errors at the ship form’s fields', async () => {
    vi.mocked(orders.getOrder).mockResolvedValue(paid)
    vi.mocked(orders.shipOrder).mockRejectedValue(new ApiProblem({ type: 'x', title: 'Invalid input', status: 400,
      errors: [{ field: 'trackingNumber', message: 'is required' }] }))
    const { wrapper } = await mountPage(OrderDetailPage, '/orders/BZ-2026-0001', routes)
    await wrapper.find('[data-testid="ship-carrier"]').setValue('SF Express')
    await wrapper.find('[data-testid="ship-form"]').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="ship-tracking"]').element.closest('.field')!.textContent).toContain('is required')
    expect(wrapper.find('[data-testid="ship-carrier"]').element.closest('.field')!.classList.contains('field--invalid')).toBe(false)
  })

  it('offers no ship form for an order that is not paid', async () => {
    vi.mocked(orders.getOrder).mockResolvedValue({ ...paid, status: 'AWAITING_PAYMENT' })
    const { wrapper } = await mountPage(OrderDetailPage, '/orders/BZ-2026-0001', routes)
    expect(wrapper.find('[data-testid="ship-form"]').exists()).toBe(false)
  })
})
