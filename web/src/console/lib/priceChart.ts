import type { SkuPriceHistory } from '../api/views'

export interface ChartPoint {
  x: number
  y: number
  at: string
  priceMinor: number
  available: boolean
}

export interface ChartSeries {
  skuId: string
  label: string
  /** an SVG path: a step line, each price held until the next one */
  path: string
  points: ChartPoint[]
}

export interface Chart {
  width: number
  height: number
  series: ChartSeries[]
  minPrice: number
  maxPrice: number
  from: number
  to: number
  yTicks: { y: number; priceMinor: number }[]
  empty: boolean
}

export const PAD = { left: 64, right: 12, top: 12, bottom: 28 }

/**
 * Lays out the price history of an imported product's SKUs in an SVG box: time on x (first to last point, or to
 * `now` so the last price shows how long it has held), price on y with some room above and below.
 */
export function priceChart(history: readonly SkuPriceHistory[], width = 640, height = 240, now = Date.now()): Chart {
  const all = history.flatMap((h) => h.points)
  if (!all.length) {
    return { width, height, series: [], minPrice: 0, maxPrice: 0, from: 0, to: 0, yTicks: [], empty: true }
  }
  const times = all.map((p) => Date.parse(p.at))
  const prices = all.map((p) => p.priceMinor)
  const from = Math.min(...times)
  const to = Math.max(Math.max(...times), Math.min(now, Math.max(...times) + 86_400_000 * 30), from + 1)
  let minPrice = Math.min(...prices)
  let maxPrice = Math.max(...prices)
  if (minPrice === maxPrice) {
    minPrice = Math.max(0, minPrice - Math.max(1, Math.round(minPrice * 0.1)))
    maxPrice = maxPrice + Math.max(1, Math.round(maxPrice * 0.1))
  }
  const innerW = width - PAD.left - PAD.right
  const innerH = height - PAD.top - PAD.bottom
  const x = (t: number) => round(PAD.left + ((t - from) / (to - from)) * innerW)
  const y = (p: number) => round(PAD.top + (1 - (p - minPrice) / (maxPrice - minPrice)) * innerH)
  const series = history.map((h) => {
    const points = [...h.points]
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
      .map((p) => ({ x: x(Date.parse(p.at)), y: y(p.priceMinor), at: p.at, priceMinor: p.priceMinor, available: p.available }))
    let path = ''
    points.forEach((p, i) => {
      path += i === 0 ? `M${p.x},${p.y}` : `H${p.x}V${p.y}`
    })
    const last = points[points.length - 1]
    if (last) path += `H${x(to)}`
    const label = Object.values(h.attributes).join(' / ') || h.code || h.skuId.slice(0, 8)
    return { skuId: h.skuId, label, path, points }
  })
  const yTicks = [0, 0.5, 1].map((f) => {
    const priceMinor = Math.round(minPrice + f * (maxPrice - minPrice))
    return { y: y(priceMinor), priceMinor }
  })
  return { width, height, series, minPrice, maxPrice, from, to, yTicks, empty: false }
}

function round(n: number): number {
  return Math.round(n * 10) / 10
}
