import { api, call } from '../../shared/api/client'
import type { SearchParams } from './types'

export type { SearchParams } from './types'

export const catalogApi = {
  categories: () => call(api.GET('/api/catalog/categories')),
  search: (query: SearchParams) => call(api.GET('/api/catalog/products', { params: { query } })),
  product: (id: string) => call(api.GET('/api/catalog/products/{id}', { params: { path: { id } } })),
}
