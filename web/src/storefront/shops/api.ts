import { api, call } from '../../shared/api/client'
import type { components } from '../../shared/api/schema'

export type ShopPageView = components['schemas']['ShopPage']

/** A business applies for a shop (public). */
export function applyForShop(body: { businessName: string; contactName: string; contact: string; message: string | null }) {
  return call(api.POST('/api/shop-applications', { body }))
}

/** Accepts an invitation to a shop's staff with its code and the login's password. */
export function acceptInvitation(body: { login: string; code: string; password: string; displayName: string | null }) {
  return call(api.POST('/api/auth/invitations/accept', { body }))
}

/** A shop's public page (catalog, public) and its products: a catalog search with shop = merchant id. */
export const shopsApi = {
  shop: (merchantId: string) => call(api.GET('/api/catalog/shops/{merchantId}', { params: { path: { merchantId } } })),
  products: (merchantId: string, page: number, size: number, sort?: string) =>
    call(api.GET('/api/catalog/products', { params: { query: { shop: merchantId, page, size, sort } } })),
}
