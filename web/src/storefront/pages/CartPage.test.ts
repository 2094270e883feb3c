import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiProblem } from '../../shared/api/problem'
import type { CartLine, CartView } from '../api/types'
import { mountPage } from '../test/mount'

const api = vi.hoisted(() => ({ view: vi.fn(), change: vi.fn(), remove: vi.fn(), selectAll: vi.fn(), clear: vi.fn() }))
vi.mock('../api/cart', () => ({ cartApi: api }))
const { default: CartPage } = await import('./CartPage.vue')

const line = (over: Partial<CartLine>): CartLine => ({
  skuId: 's1', productId: 'p1', productName: 'Classic Cotton Tee', slug: 'tee', attributes: { size: 'M', colour: 'red' }, quantity: 1,
  selected: true, unitPriceMinor: 10900, addedPriceMinor: 10900, priceChanged: false, currency: 'CNY', available: true, stock: 12,
  lineTotalMinor: 10900, ...over,
})
const view = (lines: CartLine[]): CartView => ({
  lines,
  totals: [{ currency: 'CNY', itemsMinor: lines.filter((l) => l.selected && l.available).reduce((s, l) => s + l.lineTotalMinor, 0), count: lines.filter((l) => l.selected && l.available).reduce((s, l) => s + l.quantity, 0) }],
  updatedAt: null,
})

describe('CartPage', () => {
  beforeEach(() => Object.values(api).forEach((f) => f.mockReset()))

  it('shows price changes, stock problems and the total of the selected lines', async () => {
    api.view.mockResolvedValue(view([
      line({ priceChanged: true, addedPriceMinor: 9900, unitPriceMinor: 10900 }),
      line({ skuId: 's2', productName: '不锈钢电水壶 1.7L', available: false, stock: 0, lineTotalMinor: 15900, unitPriceMinor: 15900, addedPriceMinor: 15900 }),
    ]))
    const { wrapper } = await mountPage(CartPage)
    await flushPromises()
    expect(wrapper.findAll('[data-testid="cart-line"]')).toHaveLength(2)
    expect(wrapper.find('[data-testid="price-changed-notice"]').text()).toContain('The price of 1 item changed')
    expect(wrapper.find('[data-kind="priceUp"]').text()).toBe('Price went up from CN¥99.00 to CN¥109.00')
    expect(wrapper.find('[data-kind="soldOut"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="cart-total"]').text()).toBe('CN¥109.00')
    expect(wrapper.find('[data-testid="line-attributes"]').text()).toBe('colour: red · size: M')
    // A sold-out line is selected: checkout waits.
    expect(wrapper.find('[data-testid="checkout-blocker"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="go-checkout"]').exists()).toBe(false)
  })

  it('changes a quantity with PATCH and shows the API field error at the line', async () => {
    api.view.mockResolvedValue(view([line({})]))
    api.change.mockResolvedValueOnce(view([line({ quantity: 3, lineTotalMinor: 32700 })]))
    api.change.mockRejectedValueOnce(new ApiProblem({ type: 'https://bazaar.dev/problems/validation', title: 'Invalid input', status: 400, errors: [{ field: 'quantity', message: 'must be at most 99' }] }))
    const { wrapper } = await mountPage(CartPage)
    await flushPromises()
    const input = wrapper.find('[data-testid="line-quantity"]')
    await input.setValue('3')
    await input.trigger('change')
    await flushPromises()
    expect(api.change).toHaveBeenCalledWith('s1', { quantity: 3 })
    expect(wrapper.find('[data-testid="cart-total"]').text()).toBe('CN¥327.00')
    expect(wrapper.find('[data-testid="go-checkout"]').exists()).toBe(true)

    // setValue fires input and change, as leaving the field does.
    await wrapper.find('[data-testid="line-quantity"]').setValue('100')
    await flushPromises()
    expect(api.change).toHaveBeenCalledTimes(2)
    expect(wrapper.find('.field__error').text()).toBe('must be at most 99')
    expect(wrapper.find('[data-testid="line-quantity"]').attributes('aria-invalid')).toBe('true')
  })
})
