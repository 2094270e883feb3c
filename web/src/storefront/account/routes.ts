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
    path: 'points',
    name: 'account-points',
    component: () => import('../benefits/PointsPage.vue'),
    meta: { title: 'storefront.benefits.points.title', auth: true },
  },
  {
    path: 'coupons',
    name: 'account-coupons',
    component: () => import('../benefits/CouponsPage.vue'),
    meta: { title: 'storefront.benefits.coupons.title', auth: true },
  },
]
