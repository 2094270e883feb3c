import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { CartView } from '../api/types'

const api = vi.hoisted(() => ({
  view: vi.fn(), add: vi.fn(), change: vi.fn(), remove: vi.fn(), selectAll: vi.fn(), clear: vi.fn(), merge: vi.fn(),
}))
vi.mock('../api/cart', () => ({ cartApi: api }))

const { useCart } = await import('./cart')

const view = (quantities: number[]): CartView => ({
  lines: quantities.map((quantity, i) => ({
    skuId: `s${i}`, productId: 'p', productName: 'Tee', slug: 'tee', attributes: {}, quantity, selected: true, unitPriceMinor: 100,
    addedPriceMinor: 100, priceChanged: false, currency: 'CNY', available: true, stock: 9, lineTotalMinor: 100 * quantity,
  })),
  totals: [{ currency: 'CNY', itemsMinor: 100 * quantities.reduce((a, b) => a + b, 0), count: quantities.reduce((a, b) => a + b, 0) }],
  updatedAt: null,
})

describe('cart store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    Object.values(api).forEach((f) => f.mockReset())
  })

  it('takes every answer of the API as the whole cart and counts its units', async () => {
    api.view.mockResolvedValue(view([1]))
    api.add.mockResolvedValue(view([1, 2]))
    const cart = useCart()
    await cart.load()
    expect(cart.count).toBe(1)
    await cart.add('s1', 2)
    expect(api.add).toHaveBeenCalledWith('s1', 2)
    expect(cart.count).toBe(3)
    expect(cart.busy).toBeUndefined()
  })

  it('is empty after clearing (204) and keeps the cart when a change fails', async () => {
    api.view.mockResolvedValue(view([2]))
    api.change.mockRejectedValue(new Error('insufficient stock'))
    api.clear.mockResolvedValue(undefined)
    const cart = useCart()
    await cart.load()
    await expect(cart.setQuantity('s0', 50)).rejects.toThrow('insufficient stock')
    expect(cart.count).toBe(2)
    await cart.clear()
    expect(cart.cart.lines).toEqual([])
    expect(cart.count).toBe(0)
  })

  it('merges the guest cart at sign-in', async () => {
    api.merge.mockResolvedValue(view([3, 1]))
    const cart = useCart()
    await cart.merge()
    expect(cart.count).toBe(4)
  })
})
