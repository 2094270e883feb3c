import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { cartApi } from '../api/cart'
import type { CartView } from '../api/types'
import { unitCount } from '../lib/cartSummary'

const EMPTY: CartView = { lines: [], totals: [], updatedAt: null }

/**
 * The cart of whoever is browsing: the signed-in customer's (the access token names it) or the guest's (the API's
 * HttpOnly bazaar_cart cookie does). Every change answers with the whole priced cart, which replaces the local one.
 */
export const useCart = defineStore('cart', () => {
  const view = ref<CartView>()
  const loading = ref(false)
  const error = ref<unknown>()
  /** The line being changed, so its controls can wait. */
  const busy = ref<string>()

  const cart = computed(() => view.value ?? EMPTY)
  const count = computed(() => unitCount(view.value))

  async function load() {
    loading.value = true
    error.value = undefined
    try {
      view.value = await cartApi.view()
    } catch (e) {
      error.value = e
    } finally {
      loading.value = false
    }
  }

  async function run(skuId: string | undefined, change: () => Promise<CartView>) {
    busy.value = skuId ?? '*'
    try {
      view.value = await change()
    } finally {
      busy.value = undefined
    }
  }

  return {
    view,
    cart,
    count,
    loading,
    error,
    busy,
    load,
    add: (skuId: string, quantity: number) => run(skuId, () => cartApi.add(skuId, quantity)),
    setQuantity: (skuId: string, quantity: number) => run(skuId, () => cartApi.change(skuId, { quantity })),
    setSelected: (skuId: string, selected: boolean) => run(skuId, () => cartApi.change(skuId, { selected })),
    remove: (skuId: string) => run(skuId, () => cartApi.remove(skuId)),
    selectAll: (selected: boolean) => run(undefined, () => cartApi.selectAll(selected)),
    clear: () => run(undefined, () => cartApi.clear().then(() => EMPTY)),
    /** At sign-in: the guest's lines join the customer's cart (the API clears the guest cookie). */
    merge: () => run(undefined, () => cartApi.merge()),
    /** After sign-out or checkout: read again whose cart it now is. */
    reset: () => {
      view.value = undefined
      return load()
    },
  }
})
