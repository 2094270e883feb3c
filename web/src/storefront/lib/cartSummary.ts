import type { CartLine, CartView } from '../api/types'

/** Units in the cart, for the header's badge. */
export function unitCount(cart: CartView | undefined): number {
  return cart?.lines.reduce((sum, line) => sum + line.quantity, 0) ?? 0
}

export type LineNotice =
  | { kind: 'gone' }
  | { kind: 'soldOut' }
  | { kind: 'lowStock'; stock: number }
  | { kind: 'notOnSale' }
  | { kind: 'priceUp' | 'priceDown'; fromMinor: number; toMinor: number; currency: string }

/**
 * What the shopper should be told about a line (CartLineView): a SKU the catalog no longer has, sold out, fewer
 * units in stock than the line holds, a product taken off sale, or a price that changed since it was added.
 */
export function lineNotices(line: CartLine): LineNotice[] {
  const notices: LineNotice[] = []
  if (line.productId === null) return [{ kind: 'gone' }]
  if (!line.available) {
    if (line.stock <= 0) notices.push({ kind: 'soldOut' })
    else if (line.stock < line.quantity) notices.push({ kind: 'lowStock', stock: line.stock })
    else notices.push({ kind: 'notOnSale' })
  }
  if (line.priceChanged) {
    notices.push({
      kind: line.unitPriceMinor > line.addedPriceMinor ? 'priceUp' : 'priceDown',
      fromMinor: line.addedPriceMinor,
      toMinor: line.unitPriceMinor,
      currency: line.currency,
    })
  }
  return notices
}

/** Lines whose price changed since they were added, for the notice above the cart. */
export function priceChangedLines(cart: CartView): CartLine[] {
  return cart.lines.filter((line) => line.priceChanged && line.productId !== null)
}

export function allSelected(cart: CartView): boolean {
  return cart.lines.length > 0 && cart.lines.every((line) => line.selected)
}

/** Why the selected lines cannot be checked out as they are; undefined when they can. */
export function checkoutBlocker(cart: CartView): 'empty' | 'nothingSelected' | 'unavailableSelected' | 'mixedCurrencies' | undefined {
  if (cart.lines.length === 0) return 'empty'
  const selected = cart.lines.filter((line) => line.selected)
  if (selected.length === 0) return 'nothingSelected'
  if (selected.some((line) => !line.available)) return 'unavailableSelected'
  if (new Set(selected.map((line) => line.currency)).size > 1) return 'mixedCurrencies'
  return undefined
}
