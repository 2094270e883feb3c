import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ProductCard, SearchResult } from '../api/types'
import { mountPage } from '../test/mount'

const catalog = vi.hoisted(() => ({ search: vi.fn(), categories: vi.fn() }))
vi.mock('../api/catalog', () => ({ catalogApi: catalog }))
const { default: SearchPage } = await import('./SearchPage.vue')

const card = (n: number): ProductCard => ({
  id: `p${n}`, name: `Product ${n}`, slug: `product-${n}`, url: `/p/p${n}/product-${n}`, brand: { id: 1, name: 'Acme' },
  minPriceMinor: 1000 * n, maxPriceMinor: 1000 * n, currency: 'CNY', inStock: true, salesCount: 0, ratingCount: 0, ratingAverage: null, image: null,
})
const page = (from: number, count: number, total: number): SearchResult => ({
  items: Array.from({ length: count }, (_, i) => card(from + i)), page: 0, size: 12, total,
  facets: { brands: [{ id: 1, name: 'Acme', count: total }], tags: [], priceBuckets: [{ fromMinor: 0, toMinor: 20000, count: total }] },
})

// A stand-in IntersectionObserver the test can fire.
let fire: (() => void) | undefined
class FakeObserver {
  constructor(private readonly callback: IntersectionObserverCallback) {
    fire = () => this.callback([{ isIntersecting: true } as IntersectionObserverEntry], this as unknown as IntersectionObserver)
  }
  observe() {}
  disconnect() {}
}

describe('SearchPage', () => {
  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', FakeObserver)
    catalog.search.mockReset()
    catalog.categories.mockReset().mockResolvedValue([{ id: 6, name: 'T-shirts', slug: 't-shirts', children: [] }])
  })
  afterEach(() => vi.unstubAllGlobals())

  it('sends the URL filters to the API in its units and keeps loading pages as the sentinel comes into view', async () => {
    catalog.search.mockResolvedValueOnce(page(1, 12, 15)).mockResolvedValueOnce(page(13, 3, 15))
    const { wrapper } = await mountPage(SearchPage, {}, '/search?q=tee&brand=1&priceMax=199.5&inStock=true&sort=price_asc')
    await flushPromises()
    expect(catalog.search).toHaveBeenCalledWith({ page: 0, size: 12, q: 'tee', brand: ['1'], priceMax: '19950', currency: 'CNY', inStock: 'true', sort: 'price_asc' })
    expect(wrapper.findAll('[data-testid="product-card"]')).toHaveLength(12)
    expect(wrapper.find('[data-testid="result-count"]').text()).toBe('15 products')
    expect(wrapper.find('[data-testid="load-more"]').exists()).toBe(true)

    fire?.()
    await flushPromises()
    expect(catalog.search.mock.calls[1]?.[0]).toMatchObject({ page: 1, q: 'tee' })
    expect(wrapper.findAll('[data-testid="product-card"]')).toHaveLength(15)
    expect(wrapper.find('[data-testid="load-more"]').exists()).toBe(false)
  })

  it('puts a chosen filter into the URL and starts again from the first page', async () => {
    catalog.search.mockResolvedValue(page(1, 2, 2))
    const { wrapper, router } = await mountPage(SearchPage, {}, '/search?q=tee')
    await flushPromises()
    await wrapper.find('[data-testid="brand-facet"]').setValue(true)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'tee', brand: ['1'] })
    expect(catalog.search.mock.calls.at(-1)?.[0]).toMatchObject({ page: 0, q: 'tee', brand: ['1'] })

    await wrapper.find('[data-testid="price-min"]').setValue('abc')
    await wrapper.find('[data-testid="price-form"]').trigger('submit')
    expect(wrapper.find('[data-testid="price-form"] .field__error').text()).toBe('Enter an amount such as 99.50')
    await wrapper.find('[data-testid="price-min"]').setValue('20')
    await wrapper.find('[data-testid="price-form"]').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toMatchObject({ priceMin: '20' })
    expect(catalog.search.mock.calls.at(-1)?.[0]).toMatchObject({ priceMin: '2000', currency: 'CNY' })
  })

  it('says when nothing matches', async () => {
    catalog.search.mockResolvedValue(page(1, 0, 0))
    const { wrapper } = await mountPage(SearchPage, {}, '/search?q=nothing')
    await flushPromises()
    expect(wrapper.find('[data-testid="empty"]').exists()).toBe(true)
  })
})
