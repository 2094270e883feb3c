import type { RouteRecordRaw } from 'vue-router'

/** The member centre's pages, shown inside AccountLayout under /account; each capability adds its own child here. */
export const accountRoutes: RouteRecordRaw[] = [
  {
    path: '',
    name: 'account',
    component: () => import('./AccountHome.vue'),
    meta: { title: 'storefront.account.title', auth: true },
  },
  { path: 'profile', name: 'account-profile', component: () => import('../member/ProfilePage.vue'), meta: { title: 'storefront.member.profile.title', auth: true } },
  { path: 'security', name: 'account-security', component: () => import('../member/SecurityPage.vue'), meta: { title: 'storefront.member.security.title', auth: true } },
  { path: 'verification', name: 'account-verification', component: () => import('../member/VerificationPage.vue'), meta: { title: 'storefront.member.verification.title', auth: true } },
]
