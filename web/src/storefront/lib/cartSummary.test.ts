import { describe, expect, it } from 'vitest'
import type { CartLine, CartView } from '../api/types'
import { allSelected, checkoutBlocker, lineNotices, priceChangedLines, unitCount } from './cartSummary'

const line = (over: Partial<CartLine> = {}): CartLine => ({
  skuId: 's1', productId: 'p1', productName: 'Tee', slug: 'tee', attributes: { size: 'M' }, quantity: 2, selected: true,
  unitPriceMinor: 9900, addedPriceMinor: 9900, priceChanged: false, currency: 'CNY', available: true, stock: 10, lineTotalMinor: 19800,
  ...over,
})
const cart = (lines: CartLine[]): CartView => ({ lines, totals: [], updatedAt: null })

describe('cart summary', () => {
  it('counts units for the badge', () => {
    expect(unitCount(cart([line(), line({ skuId: 's2', quantity: 3 })]))).toBe(5)
    expect(unitCount(undefined)).toBe(0)
  })

  it('says when a price went up or down since the line was added', () => {
    expect(lineNotices(line({ priceChanged: true, addedPriceMinor: 9900, unitPriceMinor: 10900 }))).toEqual([
      { kind: 'priceUp', fromMinor: 9900, toMinor: 10900, currency: 'CNY' },
    ])
    expect(lineNotices(line({ priceChanged: true, addedPriceMinor: 9900, unitPriceMinor: 8900 }))[0]?.kind).toBe('priceDown')
    expect(priceChangedLines(cart([line(), line({ skuId: 's2', priceChanged: true, unitPriceMinor: 1 })])).map((l) => l.skuId)).toEqual(['s2'])
  })

  it('tells sold out, too little stock, off sale and gone apart', () => {
    expect(lineNotices(line({ available: false, stock: 0 }))).toEqual([{ kind: 'soldOut' }])
    expect(lineNotices(line({ available: false, stock: 1, quantity: 2 }))).toEqual([{ kind: 'lowStock', stock: 1 }])
    expect(lineNotices(line({ available: false, stock: 5, quantity: 2 }))).toEqual([{ kind: 'notOnSale' }])
    expect(lineNotices(line({ productId: null, productName: null, available: false, stock: 0 }))).toEqual([{ kind: 'gone' }])
    expect(lineNotices(line())).toEqual([])
  })

  it('blocks checkout for an empty cart, nothing selected, a selected unavailable line or mixed currencies', () => {
    expect(checkoutBlocker(cart([]))).toBe('empty')
    expect(checkoutBlocker(cart([line({ selected: false })]))).toBe('nothingSelected')
    expect(checkoutBlocker(cart([line(), line({ skuId: 's2', available: false })]))).toBe('unavailableSelected')
    expect(checkoutBlocker(cart([line(), line({ skuId: 's2', available: false, selected: false })]))).toBeUndefined()
    expect(checkoutBlocker(cart([line(), line({ skuId: 's2', currency: 'USD' })]))).toBe('mixedCurrencies')
    expect(allSelected(cart([line(), line({ skuId: 's2', selected: false })]))).toBe(false)
    expect(allSelected(cart([line()]))).toBe(true)
  })
})
