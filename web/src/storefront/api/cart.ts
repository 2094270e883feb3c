import { api, call } from '../../shared/api/client'
import type { LineChange } from './types'

// Every answer but clear's is the whole priced cart (CartView); the types come from the generated schema.
export const cartApi = {
  view: () => call(api.GET('/api/cart')),
  add: (skuId: string, quantity: number) => call(api.POST('/api/cart/lines', { body: { skuId, quantity } })),
  change: (skuId: string, change: LineChange) =>
    call(api.PATCH('/api/cart/lines/{skuId}', { params: { path: { skuId } }, body: change })),
  remove: (skuId: string) => call(api.DELETE('/api/cart/lines/{skuId}', { params: { path: { skuId } } })),
  selectAll: (selected: boolean) => call(api.POST('/api/cart/selection', { body: { selected } })),
  /** 204: the cart is empty afterwards. */
  clear: () => call(api.DELETE('/api/cart')).then(() => undefined),
  /** After sign-in: the guest cart of the bazaar_cart cookie joins the customer's cart. */
  merge: () => call(api.POST('/api/cart/merge')),
}
