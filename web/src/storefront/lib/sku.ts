import type { AttributeSpec, SkuOffer } from '../api/types'

/** The shopper's choice of one value per attribute so far; an attribute left out is not chosen yet. */
export type Selection = Record<string, string | undefined>

function matches(sku: SkuOffer, selection: Selection, except?: string): boolean {
  return Object.entries(selection).every(([name, value]) => name === except || value === undefined || sku.attributes[name] === value)
}

/**
 * Whether choosing `value` for `attribute` can still lead to a SKU in stock, given what is chosen for the other
 * attributes. A value no SKU has, or whose SKUs are all sold out, is unavailable.
 */
export function isValueAvailable(skus: SkuOffer[], selection: Selection, attribute: string, value: string): boolean {
  return skus.some((sku) => sku.available && sku.attributes[attribute] === value && matches(sku, selection, attribute))
}

/** Whether some SKU (in stock or not) has this value at all, so that a sold-out value can be told from a missing one. */
export function valueExists(skus: SkuOffer[], selection: Selection, attribute: string, value: string): boolean {
  return skus.some((sku) => sku.attributes[attribute] === value && matches(sku, selection, attribute))
}

/** The SKU the selection names: every attribute chosen (a product without attributes has its single SKU). */
export function chosenSku(attributes: AttributeSpec[], skus: SkuOffer[], selection: Selection): SkuOffer | undefined {
  if (attributes.length === 0) return skus.length === 1 ? skus[0] : undefined
  if (attributes.some((a) => selection[a.name] === undefined)) return undefined
  return skus.find((sku) => attributes.every((a) => sku.attributes[a.name] === selection[a.name]))
}

/** The starting selection: attributes with a single value are chosen already, nothing else is. */
export function initialSelection(attributes: AttributeSpec[]): Selection {
  const selection: Selection = {}
  for (const a of attributes) selection[a.name] = a.values.length === 1 ? a.values[0] : undefined
  return selection
}

/**
 * Chooses (or, chosen again, clears) a value. Choices of other attributes that no longer lead to a SKU in stock
 * together with the new one are cleared, so the selection never names a sold-out combination.
 */
export function toggleValue(skus: SkuOffer[], selection: Selection, attribute: string, value: string): Selection {
  if (selection[attribute] === value) return { ...selection, [attribute]: undefined }
  const next: Selection = { ...selection, [attribute]: value }
  for (const [name, chosen] of Object.entries(next)) {
    if (name !== attribute && chosen !== undefined && !isValueAvailable(skus, next, name, chosen)) next[name] = undefined
  }
  return next
}

/** Price range of the SKUs still possible with the selection, for "from ¥99" before everything is chosen. */
export function priceRange(skus: SkuOffer[], selection: Selection): { min: number; max: number } | undefined {
  const prices = skus.filter((sku) => matches(sku, selection)).map((sku) => sku.priceMinor)
  if (prices.length === 0) return undefined
  return { min: Math.min(...prices), max: Math.max(...prices) }
}
