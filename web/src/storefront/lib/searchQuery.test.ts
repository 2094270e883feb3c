import { describe, expect, it } from 'vitest'
import { bucketFilter, emptyFilters, fromQuery, minorToMajorText, sameSearch, toApiParams, toQuery } from './searchQuery'

describe('search query <-> URL', () => {
  it('reads every filter from the URL, repeated brands and tags included', () => {
    const filters = fromQuery({ q: ' tee ', category: '6', brand: ['1', '3', '1'], tag: '7', priceMin: '50', priceMax: '99.5', inStock: 'true', minRating: '4', sort: 'rating' })
    expect(filters).toEqual({ q: 'tee', category: '6', brand: ['1', '3'], tag: ['7'], priceMin: '50', priceMax: '99.5', inStock: true, minRating: '4', sort: 'rating' })
  })

  it('drops values the API would refuse', () => {
    expect(fromQuery({ category: 'shoes', brand: ['x', '0', '2'], priceMin: '-3', priceMax: 'cheap', sort: 'random', inStock: 'yes', minRating: '6' })).toEqual({
      ...emptyFilters(), brand: ['2'],
    })
  })

  it('writes only what is set, and reads back the same search', () => {
    expect(toQuery(emptyFilters())).toEqual({})
    const filters = { ...emptyFilters(), q: '耳机', brand: ['1'], inStock: true, sort: 'sales' as const }
    const query = toQuery(filters)
    expect(query).toEqual({ q: '耳机', brand: ['1'], inStock: 'true', sort: 'sales' })
    expect(fromQuery(query as Record<string, string | string[]>)).toEqual(filters)
    expect(sameSearch(filters, { ...filters, brand: ['1'] })).toBe(true)
    expect(sameSearch(filters, { ...filters, q: 'tee' })).toBe(false)
  })

  it('sends typed prices as whole minor units with their currency, and pages', () => {
    const params = toApiParams({ ...emptyFilters(), priceMin: '50', priceMax: '99,5' }, 'CNY', 2, 12)
    expect(params).toEqual({ page: 2, size: 12, priceMin: '5000', priceMax: '9950', currency: 'CNY' })
    expect(toApiParams({ ...emptyFilters(), priceMin: '500' }, 'JPY', 0, 12)).toMatchObject({ priceMin: '500', currency: 'JPY' })
    expect(toApiParams({ ...emptyFilters(), q: 'tee', tag: ['4'] }, 'CNY', 0, 12)).toEqual({ page: 0, size: 12, q: 'tee', tag: ['4'] })
    expect(toApiParams({ ...emptyFilters(), minRating: '4', sort: 'rating' }, 'CNY', 0, 12)).toEqual({ page: 0, size: 12, minRating: '4', sort: 'rating' })
  })

  it('turns a price bucket [from, to) into inclusive major-unit filters', () => {
    expect(bucketFilter({ fromMinor: 20000, toMinor: 40000 }, 'CNY')).toEqual({ priceMin: '200', priceMax: '399.99' })
    expect(minorToMajorText(9950, 'CNY')).toBe('99.5')
  })
})
