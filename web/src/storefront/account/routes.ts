import type { RouteRecordRaw } from 'vue-router'

/** The member centre's pages, shown inside AccountLayout under /account; each capability adds its own child here. */
export const accountRoutes: RouteRecordRaw[] = [
  {
    path: '',
    name: 'account',
    component: () => import('./AccountHome.vue'),
    meta: { title: 'storefront.account.title', auth: true },
  },
  { path: 'returns', name: 'returns', component: () => import('../returns/ReturnsPage.vue'), meta: { title: 'storefront.returns.title', auth: true } },
  { path: 'returns/:id', name: 'return', component: () => import('../returns/ReturnPage.vue'), meta: { title: 'storefront.returns.title', auth: true } },
  {
    path: 'returns/new/:number',
    name: 'return-request',
    component: () => import('../returns/ReturnRequestPage.vue'),
    meta: { title: 'storefront.returns.request', auth: true },
  },
]
