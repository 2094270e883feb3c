import type { RouteRecordRaw } from 'vue-router'

/** The member centre's pages, shown inside AccountLayout under /account; each capability adds its own child here. */
export const accountRoutes: RouteRecordRaw[] = [
  {
    path: '',
    name: 'account',
    component: () => import('./AccountHome.vue'),
    meta: { title: 'storefront.account.title', auth: true },
  },
  {
    path: 'favourites',
    name: 'account-favourites',
    component: () => import('../members/FavouritesPage.vue'),
    meta: { title: 'storefront.members.favourites.title', auth: true },
  },
  {
    path: 'recently-viewed',
    name: 'account-recent',
    component: () => import('../members/RecentlyViewedPage.vue'),
    meta: { title: 'storefront.members.recent.title', auth: true },
  },
  {
    path: 'notifications',
    name: 'account-notifications',
    component: () => import('../members/NotificationsPage.vue'),
    meta: { title: 'storefront.members.inbox.title', auth: true },
  },
]
