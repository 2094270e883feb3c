import { api, call } from '../../shared/api/client'
import type { components } from '../../shared/api/schema'

export type ShopPageView = components['schemas']['ShopPage']

/** A shop's public page (catalog, public) and its products: a catalog search with shop = merchant id. */
export const shopsApi = {
  shop: (merchantId: string) => call(api.GET('/api/catalog/shops/{merchantId}', { params: { path: { merchantId } } })),
  products: (merchantId: string, page: number, size: number, sort?: string) =>
    call(api.GET('/api/catalog/products', { params: { query: { shop: merchantId, page, size, sort } } })),
}
