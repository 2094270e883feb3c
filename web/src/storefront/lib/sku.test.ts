import { describe, expect, it } from 'vitest'
import type { AttributeSpec, SkuOffer } from '../api/types'
import { chosenSku, initialSelection, isValueAvailable, priceRange, toggleValue, valueExists } from './sku'

const attributes: AttributeSpec[] = [
  { name: 'colour', values: ['red', 'navy', 'green'] },
  { name: 'size', values: ['S', 'M', 'L'] },
]
const sku = (colour: string, size: string, stock: number, priceMinor = 9900): SkuOffer => ({
  id: `${colour}-${size}`, attributes: { colour, size }, priceMinor, stock, available: stock > 0, image: null, memberPriceMinor: null,
})
// red: S M L in stock; navy: S sold out, M in stock, no L; green: only L, sold out.
const skus = [sku('red', 'S', 3), sku('red', 'M', 1, 10900), sku('red', 'L', 5, 11900), sku('navy', 'S', 0), sku('navy', 'M', 2, 13900), sku('green', 'L', 0)]

describe('SKU picker availability', () => {
  it('offers only values that lead to a SKU in stock', () => {
    const none = initialSelection(attributes)
    expect(isValueAvailable(skus, none, 'colour', 'red')).toBe(true)
    expect(isValueAvailable(skus, none, 'colour', 'navy')).toBe(true)
    expect(isValueAvailable(skus, none, 'colour', 'green')).toBe(false)
    expect(isValueAvailable(skus, none, 'size', 'L')).toBe(true)
  })

  it('greys out sizes that are sold out or missing for the chosen colour, and tells them apart', () => {
    const navy = { colour: 'navy', size: undefined }
    expect(isValueAvailable(skus, navy, 'size', 'S')).toBe(false)
    expect(valueExists(skus, navy, 'size', 'S')).toBe(true)
    expect(isValueAvailable(skus, navy, 'size', 'M')).toBe(true)
    expect(isValueAvailable(skus, navy, 'size', 'L')).toBe(false)
    expect(valueExists(skus, navy, 'size', 'L')).toBe(false)
  })

  it('judges a value of the attribute being changed by the other choices only', () => {
    // red-S is chosen; navy is still possible since navy-M is in stock... but not with size S.
    expect(isValueAvailable(skus, { colour: 'red', size: 'S' }, 'colour', 'navy')).toBe(false)
    expect(isValueAvailable(skus, { colour: 'red', size: 'M' }, 'colour', 'navy')).toBe(true)
  })

  it('names the SKU once every attribute is chosen', () => {
    expect(chosenSku(attributes, skus, { colour: 'red', size: undefined })).toBeUndefined()
    expect(chosenSku(attributes, skus, { colour: 'navy', size: 'M' })?.id).toBe('navy-M')
    expect(chosenSku([], [sku('-', '-', 1)], {})?.id).toBe('---')
  })

  it('chooses and clears values, dropping other choices that would name a sold-out SKU', () => {
    let selection = toggleValue(skus, initialSelection(attributes), 'size', 'S')
    expect(selection).toEqual({ colour: undefined, size: 'S' })
    selection = toggleValue(skus, { colour: 'navy', size: 'M' }, 'size', 'M')
    expect(selection).toEqual({ colour: 'navy', size: undefined })
    // red-L chosen, then navy: navy-L does not exist, so the size goes.
    expect(toggleValue(skus, { colour: 'red', size: 'L' }, 'colour', 'navy')).toEqual({ colour: 'navy', size: undefined })
    // red-M chosen, then navy: navy-M is in stock, so the size stays.
    expect(toggleValue(skus, { colour: 'red', size: 'M' }, 'colour', 'navy')).toEqual({ colour: 'navy', size: 'M' })
  })

  it('pre-selects attributes that have a single value, and gives the price range still possible', () => {
    expect(initialSelection([{ name: 'size', values: ['one size'] }, { name: 'colour', values: ['a', 'b'] }])).toEqual({ size: 'one size', colour: undefined })
    expect(priceRange(skus, { colour: 'red', size: undefined })).toEqual({ min: 9900, max: 11900 })
  })
})
