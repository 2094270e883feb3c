import type { RouteRecordRaw } from 'vue-router'

/** The member centre's pages, shown inside AccountLayout under /account; each capability adds its own child here. */
export const accountRoutes: RouteRecordRaw[] = [
  {
    path: '',
    name: 'account',
    component: () => import('./AccountHome.vue'),
    meta: { title: 'storefront.account.title', auth: true },
  },
]
