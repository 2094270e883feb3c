import { createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router'
import { useSession } from '../shared/session/session'
import { accountRoutes } from './account/routes'
import { useAccount } from './stores/account'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page's title. */
    title?: string
    /** Only for signed-in shoppers (else: sign in, then back here). */
    auth?: boolean
    /** Only for activated accounts (checkout): a pending account activates first. */
    buyer?: boolean
  }
}

/** Storefront routes; each page is its own chunk so the first page stays small. */
export const router = createRouter({
  history: createWebHistory('/'),
  routes: [
    { path: '/', name: 'home', component: () => import('./pages/HomePage.vue'), meta: { title: 'storefront.home.title' } },
    { path: '/search', name: 'search', component: () => import('./pages/SearchPage.vue'), meta: { title: 'storefront.search.title' } },
    { path: '/categories', name: 'categories', component: () => import('./pages/CategoriesPage.vue'), meta: { title: 'storefront.categories.title' } },
    { path: '/product/:id', name: 'product', component: () => import('./pages/ProductPage.vue'), meta: { title: 'storefront.product.title' } },
    { path: '/shops/:merchantId', name: 'shop', component: () => import('./shops/ShopPage.vue'), meta: { title: 'storefront.shops.title' } },
    { path: '/cart', name: 'cart', component: () => import('./pages/CartPage.vue'), meta: { title: 'storefront.cart.title' } },
    {
      path: '/checkout',
      name: 'checkout',
      component: () => import('./pages/CheckoutPage.vue'),
      meta: { title: 'storefront.checkout.title', auth: true, buyer: true },
    },
    { path: '/orders', name: 'orders', component: () => import('./pages/OrdersPage.vue'), meta: { title: 'storefront.orders.title', auth: true } },
    {
      path: '/orders/:number',
      name: 'order',
      component: () => import('./pages/OrderPage.vue'),
      meta: { title: 'storefront.order.title', auth: true },
    },
    { path: '/account', component: () => import('./account/AccountLayout.vue'), children: accountRoutes },
    { path: '/open-a-shop', name: 'open-shop', component: () => import('./shops/OpenShopPage.vue'), meta: { title: 'storefront.shops.applyTitle' } },
    { path: '/invitation', name: 'invitation', component: () => import('./shops/InvitationPage.vue'), meta: { title: 'storefront.shops.inviteTitle' } },
    { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { title: 'storefront.login.title' } },
    { path: '/register', name: 'register', component: () => import('./pages/RegisterPage.vue'), meta: { title: 'storefront.register.title' } },
    { path: '/activate', name: 'activate', component: () => import('./pages/ActivatePage.vue'), meta: { title: 'storefront.activate.title' } },
    {
      path: '/forgot-password',
      name: 'forgot-password',
      component: () => import('./pages/ForgotPasswordPage.vue'),
      meta: { title: 'storefront.reset.title' },
    },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue'), meta: { title: 'storefront.notFound.title' } },
  ],
  scrollBehavior: (to, from, saved) => {
    if (saved) return saved
    // Filtering a search replaces its query: stay where the filters are.
    if (to.name === 'search' && from.name === 'search') return false
    return { top: 0 }
  },
})

/** Where a page that needs more than a guest sends the shopper first; undefined when it may open. */
export function guard(to: RouteLocationNormalized, signedIn: boolean, activated: boolean, login?: string) {
  if (to.meta.auth && !signedIn) return { name: 'login', query: { redirect: to.fullPath } }
  if (to.meta.buyer && !activated) return { name: 'activate', query: { redirect: to.fullPath, ...(login ? { login } : {}) } }
  return undefined
}

router.beforeEach(async (to) => {
  await useAccount().start()
  const session = useSession()
  return guard(to, session.signedIn, session.activated, session.account?.email ?? session.account?.phone ?? undefined) ?? true
})
