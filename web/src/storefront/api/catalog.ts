import { api, call } from '../../shared/api/client'
import type { Category, ProductDetail, SearchResult } from './types'

/** The query parameters GET /api/catalog/products takes (ids and prices as text, prices in minor units). */
export interface SearchParams {
  q?: string
  category?: string
  tag?: string[]
  brand?: string[]
  priceMin?: string
  priceMax?: string
  currency?: string
  inStock?: string
  sort?: string
  page?: number
  size?: number
}

export const catalogApi = {
  categories: () => call(api.GET('/api/catalog/categories')) as Promise<Category[]>,
  search: (query: SearchParams) => call(api.GET('/api/catalog/products', { params: { query } })) as Promise<SearchResult>,
  product: (id: string) => call(api.GET('/api/catalog/products/{id}', { params: { path: { id } } })) as Promise<ProductDetail>,
}
