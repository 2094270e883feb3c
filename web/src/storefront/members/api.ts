import { api, call } from '../../shared/api/client'
import type { components } from '../../shared/api/schema'

type Schemas = components['schemas']
export type FavouriteProduct = Schemas['FavouriteProductView']
export type FavouriteShop = Schemas['FavouriteShopView']
export type FavouriteMark = Schemas['FavouriteMarkView']
export type RecentProduct = Schemas['RecentProductView']
export type InboxNotification = Schemas['NotificationView']
export type InboxPage = Schemas['NotificationPage']

/** The members area: favourites, recently viewed and the inbox of the signed-in shopper. */
export const membersApi = {
  favouriteProducts: (page: number, size = 20) => call(api.GET('/api/me/favourites/products', { params: { query: { page, size } } })),
  favouriteShops: (page: number, size = 20) => call(api.GET('/api/me/favourites/shops', { params: { query: { page, size } } })),
  addProduct: (productId: string) => call(api.PUT('/api/me/favourites/products/{productId}', { params: { path: { productId } } })),
  removeProduct: (productId: string) => call(api.DELETE('/api/me/favourites/products/{productId}', { params: { path: { productId } } })),
  addShop: (merchantId: string) => call(api.PUT('/api/me/favourites/shops/{merchantId}', { params: { path: { merchantId } } })),
  removeShop: (merchantId: string) => call(api.DELETE('/api/me/favourites/shops/{merchantId}', { params: { path: { merchantId } } })),
  marks: (productIds: string[]) => call(api.GET('/api/me/favourites/marks', { params: { query: { productId: productIds } } })),
  recentlyViewed: (limit = 20) => call(api.GET('/api/me/recently-viewed', { params: { query: { limit } } })),
  recordView: (productId: string) => call(api.POST('/api/me/recently-viewed', { body: { productId } })),
  clearRecentlyViewed: () => call(api.DELETE('/api/me/recently-viewed')),
  notifications: (page: number, size = 20, unread = false) =>
    call(api.GET('/api/me/notifications', { params: { query: { page, size, unread } } })),
  unreadCount: () => call(api.GET('/api/me/notifications/unread-count')),
  markRead: (id: string) => call(api.POST('/api/me/notifications/{id}/read', { params: { path: { id } } })),
  markAllRead: () => call(api.POST('/api/me/notifications/read-all')),
}
