/**
 * The attributes -> SKU grid of the product editor: one row per combination of attribute values, rebuilt whenever
 * the attributes change, keeping what the merchant already typed (price, code, stock, image, the saved SKU's id) for
 * every combination that survives, and giving new combinations the price of the row they grew out of.
 */
export interface AttributeDraft {
  name: string
  values: string[]
}

export interface SkuRow {
  /** canonical key of the combination (see combinationKey) */
  key: string
  attributes: Record<string, string>
  /** the saved SKU's id; absent for a combination not saved yet */
  id?: string
  code: string
  /** price as typed, in major units */
  price: string
  /** member price (verified members) as typed, in major units; '' for none */
  memberPrice?: string
  /** stock as typed; for a saved SKU it changes only through "set stock" (PATCH) */
  stock: string
  /** stock the API holds for a saved SKU */
  savedStock?: number
  imageId: string | null
  /** a combination the merchant does not sell: kept in the grid, not sent */
  excluded?: boolean
}

/** The attributes that take part in the grid: named, with at least one value (trimmed, each once). */
export function usableAttributes(attributes: readonly AttributeDraft[]): AttributeDraft[] {
  return attributes
    .map((a) => ({ name: a.name.trim(), values: [...new Set(a.values.map((v) => v.trim()).filter(Boolean))] }))
    .filter((a) => a.name && a.values.length)
}

/** Every combination of one value per attribute, in attribute and value order; one empty combination for none. */
export function combinations(attributes: readonly AttributeDraft[]): Record<string, string>[] {
  let result: Record<string, string>[] = [{}]
  for (const attribute of usableAttributes(attributes)) {
    result = result.flatMap((partial) => attribute.values.map((value) => ({ ...partial, [attribute.name]: value })))
  }
  return result
}

/** The same key for the same combination whatever the order of its attributes (the API keeps them sorted too). */
export function combinationKey(attributes: Record<string, string>): string {
  return JSON.stringify(Object.keys(attributes).sort().map((name) => [name, attributes[name]]))
}

export function emptyRow(attributes: Record<string, string>): SkuRow {
  return { key: combinationKey(attributes), attributes, code: '', price: '', stock: '0', imageId: null }
}

/**
 * The rows for the current attributes. A combination already in the grid keeps its row as it is; a new one starts
 * with the price and image of the priced row most like it (most values in common, then fewest different ones: the SKU
 * a new attribute split it from, or its sibling with another value of the attribute that grew), never with that row's
 * code, stock or id, which belong to one SKU only. A new value of the only attribute has no such row and starts empty.
 */
export function syncRows(previous: readonly SkuRow[], attributes: readonly AttributeDraft[]): SkuRow[] {
  const byKey = new Map(previous.map((row) => [row.key, row]))
  return combinations(attributes).map((combination) => {
    const same = byKey.get(combinationKey(combination))
    if (same) return same
    const origin = closestRow(previous, combination)
    return { ...emptyRow(combination), price: origin?.price ?? '', imageId: origin?.imageId ?? null }
  })
}

function closestRow(rows: readonly SkuRow[], combination: Record<string, string>): SkuRow | undefined {
  let best: SkuRow | undefined
  let bestMatches = -1
  let bestConflicts = Infinity
  for (const row of rows) {
    if (!row.price.trim() || row.excluded) continue
    let matches = 0
    let conflicts = 0
    for (const [name, value] of Object.entries(row.attributes)) {
      if (!(name in combination)) continue
      if (combination[name] === value) matches++
      else conflicts++
    }
    if (matches === 0 && conflicts > 0) continue
    if (matches > bestMatches || (matches === bestMatches && conflicts < bestConflicts)) {
      best = row
      bestMatches = matches
      bestConflicts = conflicts
    }
  }
  return best
}

/** An attribute was renamed: the rows follow, so nothing typed is lost. */
export function renameAttribute(rows: readonly SkuRow[], from: string, to: string): SkuRow[] {
  const old = from.trim()
  const name = to.trim()
  if (!old || !name || old === name) return [...rows]
  return rows.map((row) => {
    if (!(old in row.attributes)) return row
    const attributes: Record<string, string> = {}
    for (const [key, value] of Object.entries(row.attributes)) attributes[key === old ? name : key] = value
    return { ...row, attributes, key: combinationKey(attributes) }
  })
}

/** The rows that become SKUs, in grid order; field errors `skus[i]` count in this list. */
export function sentRows(rows: readonly SkuRow[]): SkuRow[] {
  return rows.filter((r) => !r.excluded)
}
