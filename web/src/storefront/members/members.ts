import { defineStore } from 'pinia'
import { reactive, ref } from 'vue'
import { membersApi } from './api'
import { messagesApi } from '../messages/api'

/**
 * What the header and the product tiles show of the signed-in shopper's members data: the unread count of the inbox
 * and of shops' replies, and which products (and their shops) are favourites. Tiles ask for their marks one by one; the asks of one moment
 * go to the API as one request.
 */
export const useMembers = defineStore('members', () => {
  const unread = ref(0)
  /** replies of shops not read yet (the member centre's Messages entry) */
  const unreadMessages = ref(0)
  /** productId -> favourite; absent: not known yet. */
  const favourites = reactive(new Map<string, boolean>())
  /** merchantId -> favourite shop. */
  const shops = reactive(new Map<string, boolean>())
  /** productId -> merchantId. */
  const merchants = reactive(new Map<string, string>())
  const wanted = new Set<string>()
  let flush: ReturnType<typeof setTimeout> | undefined

  async function refreshUnread() {
    try {
      unread.value = (await membersApi.unreadCount()).unread
    } catch {
      // the bell keeps its last count; the inbox page shows the problem
    }
  }

  async function refreshUnreadMessages() {
    try {
      unreadMessages.value = (await messagesApi.unread()).unread
    } catch {
      // the badge keeps its last count
    }
  }

  /** Asks for the marks of these products (batched). */
  function want(productIds: string[]) {
    for (const id of productIds) if (!favourites.has(id)) wanted.add(id)
    if (flush || wanted.size === 0) return
    flush = setTimeout(async () => {
      flush = undefined
      const ids = [...wanted].slice(0, 100)
      ids.forEach((id) => wanted.delete(id))
      try {
        for (const mark of await membersApi.marks(ids)) {
          favourites.set(mark.productId, mark.favourite)
          shops.set(mark.merchantId, mark.shopFavourite)
          merchants.set(mark.productId, mark.merchantId)
        }
      } catch {
        // hearts stay empty; adding still works
      }
      if (wanted.size) want([])
    }, 0)
  }

  async function toggleProduct(productId: string) {
    if (favourites.get(productId)) {
      await membersApi.removeProduct(productId)
      favourites.set(productId, false)
    } else {
      const added = await membersApi.addProduct(productId)
      favourites.set(productId, true)
      merchants.set(productId, added.merchantId)
    }
  }

  async function toggleShop(merchantId: string) {
    if (shops.get(merchantId)) {
      await membersApi.removeShop(merchantId)
      shops.set(merchantId, false)
    } else {
      await membersApi.addShop(merchantId)
      shops.set(merchantId, true)
    }
  }

  /** Signed out: nothing of the last shopper stays. */
  function reset() {
    unread.value = 0
    unreadMessages.value = 0
    favourites.clear()
    shops.clear()
    merchants.clear()
  }

  return { unread, unreadMessages, favourites, shops, merchants, refreshUnread, refreshUnreadMessages, want, toggleProduct, toggleShop, reset }
})
