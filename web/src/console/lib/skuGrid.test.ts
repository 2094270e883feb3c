import { describe, expect, it } from 'vitest'
import { combinationKey, combinations, renameAttribute, syncRows, type SkuRow } from './skuGrid'

const colours = { name: 'Colour', values: ['Red', 'Blue'] }
const sizes = { name: 'Size', values: ['S', 'M'] }

function priced(rows: SkuRow[], prices: Record<string, string>): SkuRow[] {
  return rows.map((r) => ({ ...r, price: prices[Object.values(r.attributes).join('/')] ?? r.price }))
}

describe('combinations', () => {
  it('is one empty combination without attributes', () => {
    expect(combinations([])).toEqual([{}])
  })

  it('crosses every value of every attribute, in order', () => {
    expect(combinations([colours, sizes])).toEqual([
      { Colour: 'Red', Size: 'S' }, { Colour: 'Red', Size: 'M' }, { Colour: 'Blue', Size: 'S' }, { Colour: 'Blue', Size: 'M' },
    ])
  })

  it('leaves out attributes without a name or values and repeated values', () => {
    expect(combinations([{ name: ' ', values: ['x'] }, { name: 'Size', values: [] }, { name: 'Colour', values: ['Red', ' Red '] }]))
      .toEqual([{ Colour: 'Red' }])
  })
})

describe('combinationKey', () => {
  it('does not depend on the order of the attributes', () => {
    expect(combinationKey({ Size: 'S', Colour: 'Red' })).toBe(combinationKey({ Colour: 'Red', Size: 'S' }))
    expect(combinationKey({ Size: 'S', Colour: 'Red' })).not.toBe(combinationKey({ Colour: 'Red', Size: 'M' }))
  })
})

describe('syncRows', () => {
  it('keeps the prices typed for every combination when an attribute value is added', () => {
    let rows = priced(syncRows([], [colours, sizes]), { 'Red/S': '10', 'Red/M': '11', 'Blue/S': '12', 'Blue/M': '13' })
    rows[0] = { ...rows[0]!, id: 'sku-1', code: 'R-S', stock: '5', savedStock: 5 }
    rows = syncRows(rows, [{ name: 'Colour', values: ['Red', 'Blue', 'Green'] }, sizes])
    expect(rows.map((r) => [Object.values(r.attributes).join('/'), r.price])).toEqual([
      ['Red/S', '10'], ['Red/M', '11'], ['Blue/S', '12'], ['Blue/M', '13'], ['Green/S', '10'], ['Green/M', '11'],
    ])
    expect(rows[0]).toMatchObject({ id: 'sku-1', code: 'R-S', stock: '5', savedStock: 5 })
    expect(rows[4]).toMatchObject({ stock: '0', code: '' })
    expect(rows[4]!.id).toBeUndefined()
  })

  it('gives the SKUs a new attribute splits off the price of the SKU they came from, not its id or code', () => {
    const single = priced(syncRows([], [colours]), { Red: '9.90', Blue: '19.90' }).map((r, i) => ({ ...r, id: `id-${i}`, code: `c${i}` }))
    const rows = syncRows(single, [colours, sizes])
    expect(rows.map((r) => r.price)).toEqual(['9.90', '9.90', '19.90', '19.90'])
    expect(rows.every((r) => r.id === undefined && r.code === '')).toBe(true)
  })

  it('starts a new value of the only attribute empty: no SKU is like it', () => {
    const rows = priced(syncRows([], [colours]), { Red: '1', Blue: '2' })
    expect(syncRows(rows, [{ name: 'Colour', values: ['Red', 'Blue', 'Green'] }]).map((r) => r.price)).toEqual(['1', '2', ''])
  })

  it('gives the new value of a second attribute the price of its sibling with the same first value', () => {
    let rows = priced(syncRows([], [colours]), { Red: '9', Blue: '12' })
    rows = syncRows(rows, [colours, { name: 'Plug', values: ['EU'] }])
    rows = syncRows(rows, [colours, { name: 'Plug', values: ['EU', 'UK'] }])
    expect(rows.map((r) => [Object.values(r.attributes).join('/'), r.price])).toEqual([['Red/EU', '9'], ['Red/UK', '9'], ['Blue/EU', '12'], ['Blue/UK', '12']])
  })

  it('does not copy from combinations the merchant does not sell', () => {
    const rows = priced(syncRows([], [colours, sizes]), { 'Red/S': '1', 'Red/M': '2', 'Blue/S': '3', 'Blue/M': '4' }).map((r) => ({ ...r, excluded: true }))
    expect(syncRows(rows, [colours, { name: 'Size', values: ['S', 'M', 'L'] }]).filter((r) => r.attributes.Size === 'L').map((r) => r.price)).toEqual(['', ''])
  })

  it('gives all combinations the price of the only SKU when the first attribute is added', () => {
    const [only] = syncRows([], [])
    const rows = syncRows([{ ...only!, price: '5' }], [colours])
    expect(rows.map((r) => r.price)).toEqual(['5', '5'])
  })

  it('drops the rows of a removed value and keeps the rest', () => {
    const rows = priced(syncRows([], [colours, sizes]), { 'Red/S': '1', 'Red/M': '2', 'Blue/S': '3', 'Blue/M': '4' })
    const after = syncRows(rows, [{ name: 'Colour', values: ['Blue'] }, sizes])
    expect(after.map((r) => r.price)).toEqual(['3', '4'])
  })

  it('keeps rows when an attribute is renamed through renameAttribute', () => {
    const rows = priced(syncRows([], [colours]), { Red: '1', Blue: '2' })
    const renamed = renameAttribute(rows, 'Colour', 'Color')
    const after = syncRows(renamed, [{ name: 'Color', values: ['Red', 'Blue'] }])
    expect(after.map((r) => [r.attributes, r.price])).toEqual([[{ Color: 'Red' }, '1'], [{ Color: 'Blue' }, '2']])
  })
})
