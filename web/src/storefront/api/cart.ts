import { api, call } from '../../shared/api/client'
import type { CartView } from './types'

// The generated document has no response schema for the cart yet: each answer is the CartView record.
export const cartApi = {
  view: () => call(api.GET('/api/cart')) as Promise<CartView>,
  add: (skuId: string, quantity: number) =>
    call(api.POST('/api/cart/lines', { body: { skuId, quantity } })) as Promise<CartView>,
  change: (skuId: string, change: { quantity?: number; selected?: boolean }) =>
    call(api.PATCH('/api/cart/lines/{skuId}', { params: { path: { skuId } }, body: change })) as Promise<CartView>,
  remove: (skuId: string) =>
    call(api.DELETE('/api/cart/lines/{skuId}', { params: { path: { skuId } } })) as Promise<CartView>,
  selectAll: (selected: boolean) => call(api.POST('/api/cart/selection', { body: { selected } })) as Promise<CartView>,
  /** 204: the cart is empty afterwards. */
  clear: () => call(api.DELETE('/api/cart')).then(() => undefined),
  /** After sign-in: the guest cart of the bazaar_cart cookie joins the customer's cart. */
  merge: () => call(api.POST('/api/cart/merge')) as Promise<CartView>,
}
