import { describe, expect, it } from 'vitest'
import type { SkuPriceHistory } from '../api/views'
import { PAD, priceChart } from './priceChart'

const history: SkuPriceHistory[] = [
  { skuId: 'a', attributes: { Colour: 'Red' }, code: null, points: [
    { at: '2026-01-01T00:00:00Z', priceMinor: 1000, currency: 'CNY', available: true },
    { at: '2026-01-11T00:00:00Z', priceMinor: 2000, currency: 'CNY', available: true },
  ] },
  { skuId: 'b', attributes: {}, code: 'B-1', points: [{ at: '2026-01-06T00:00:00Z', priceMinor: 1500, currency: 'CNY', available: false }] },
]

describe('priceChart', () => {
  const chart = priceChart(history, 400, 200, Date.parse('2026-01-11T00:00:00Z'))

  it('spans the time and prices of every SKU', () => {
    expect(chart.empty).toBe(false)
    expect([chart.minPrice, chart.maxPrice]).toEqual([1000, 2000])
    expect(chart.series.map((s) => s.label)).toEqual(['Red', 'B-1'])
  })

  it('puts the first point at the left, the lowest price at the bottom, the highest at the top', () => {
    const [first, second] = chart.series[0]!.points
    expect(first).toMatchObject({ x: PAD.left, y: 200 - PAD.bottom })
    expect(second).toMatchObject({ x: 400 - PAD.right, y: PAD.top })
    expect(chart.series[1]!.points[0]!.x).toBeCloseTo((PAD.left + 400 - PAD.right) / 2, 0)
  })

  it('draws steps: a price holds until the next one', () => {
    expect(chart.series[0]!.path).toBe(`M${PAD.left},${200 - PAD.bottom}H${400 - PAD.right}V${PAD.top}H${400 - PAD.right}`)
  })

  it('gives one flat price some room and an empty history no series', () => {
    const flat = priceChart([{ skuId: 'a', attributes: {}, code: null, points: [{ at: '2026-01-01T00:00:00Z', priceMinor: 500, currency: 'CNY', available: true }] }])
    expect(flat.minPrice).toBeLessThan(500)
    expect(flat.maxPrice).toBeGreaterThan(500)
    expect(priceChart([]).empty).toBe(true)
  })
})
