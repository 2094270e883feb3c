import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { useSession } from '../shared/session/session'
import { allows, hasConsoleAccess, type Requirement } from './lib/access'
import { useConsoleAccess } from './staff/access'

declare module 'vue-router' {
  interface RouteMeta {
    /** open without signing in (the sign-in page) */
    public?: boolean
    /** what the signed-in account needs; the menu uses the same rules */
    requires?: Requirement
    /** i18n key of the page title */
    title?: string
    /** the menu entry a page belongs to, when it is not one itself (an editor under products) */
    menu?: string
  }
}

const products: Requirement = { permission: 'PRODUCTS' }
const orders: Requirement = { permission: 'ORDERS' }
const imports: Requirement = { permission: 'IMPORTS' }
const staffPages: Requirement = { permission: 'STAFF' }
const admin: Requirement = { admin: true }

export const routes: RouteRecordRaw[] = [
  { path: '/sign-in', name: 'sign-in', component: () => import('./pages/SignInPage.vue'), meta: { public: true, title: 'console.signIn.heading' } },
  { path: '/', name: 'home', component: () => import('./pages/ConsoleHome.vue'), meta: { requires: { console: true }, title: 'console.menu.home' } },
  { path: '/products', name: 'products', component: () => import('./pages/ProductListPage.vue'), meta: { requires: products, title: 'console.menu.products' } },
  { path: '/products/new', name: 'product-new', component: () => import('./pages/ProductEditorPage.vue'), meta: { requires: products, title: 'console.editor.newHeading', menu: 'products' } },
  { path: '/products/:id', name: 'product-edit', component: () => import('./pages/ProductEditorPage.vue'), meta: { requires: products, title: 'console.editor.editHeading', menu: 'products' } },
  { path: '/products/:id/price-history', name: 'price-history', component: () => import('./pages/PriceHistoryPage.vue'), meta: { requires: imports, title: 'console.history.heading', menu: 'imports' } },
  { path: '/orders', name: 'orders', component: () => import('./orders/OrderListPage.vue'), meta: { requires: orders, title: 'console.menu.orders' } },
  { path: '/orders/exports', name: 'order-exports', component: () => import('./orders/OrderExportsPage.vue'), meta: { requires: orders, title: 'console.orderQuery.exportsHeading', menu: 'orders' } },
  { path: '/orders/shipments', name: 'bulk-ship', component: () => import('./shipments/BulkShipPage.vue'), meta: { requires: orders, title: 'console.shipments.bulk.heading', menu: 'orders' } },
  { path: '/orders/:number', name: 'order', component: () => import('./pages/OrderDetailPage.vue'), meta: { requires: orders, title: 'console.order.title', menu: 'orders' } },
  { path: '/returns', name: 'returns', component: () => import('./returns/ReturnListPage.vue'), meta: { requires: orders, title: 'console.returns.heading' } },
  { path: '/returns/:id', name: 'return', component: () => import('./returns/ReturnDetailPage.vue'), meta: { requires: orders, title: 'console.returns.heading', menu: 'returns' } },
  { path: '/admin/returns', name: 'admin-returns', component: () => import('./returns/ReturnListPage.vue'), props: { scope: 'admin' }, meta: { requires: admin, title: 'console.returns.adminHeading' } },
  { path: '/admin/returns/:id', name: 'admin-return', component: () => import('./returns/ReturnDetailPage.vue'), props: { scope: 'admin' }, meta: { requires: admin, title: 'console.returns.adminHeading', menu: 'admin-returns' } },
  { path: '/imports', name: 'imports', component: () => import('./pages/ImportListPage.vue'), meta: { requires: imports, title: 'console.menu.imports' } },
  { path: '/imports/:id', name: 'import', component: () => import('./pages/ImportJobPage.vue'), meta: { requires: imports, title: 'console.job.title', menu: 'imports' } },
  { path: '/price-alerts', name: 'price-alerts', component: () => import('./pages/PriceAlertsPage.vue'), meta: { requires: imports, title: 'console.menu.priceAlerts' } },
  { path: '/staff', name: 'staff', component: () => import('./staff/StaffPage.vue'), meta: { requires: staffPages, title: 'console.staff.heading' } },
  { path: '/roles', name: 'roles', component: () => import('./staff/RolesPage.vue'), meta: { requires: staffPages, title: 'console.staff.rolesHeading' } },
  { path: '/shops', name: 'shops', component: () => import('./shops/ShopsPage.vue'), meta: { requires: admin, title: 'console.shops.heading' } },
  { path: '/shop-applications', name: 'shop-applications', component: () => import('./shops/ShopApplicationsPage.vue'), meta: { requires: admin, title: 'console.shops.applicationsHeading' } },
  { path: '/moderation', name: 'moderation', component: () => import('./pages/ModerationPage.vue'), meta: { requires: admin, title: 'console.menu.moderation' } },
  { path: '/review-moderation', name: 'review-moderation', component: () => import('./reviews/ReviewModerationPage.vue'), meta: { requires: admin, title: 'console.reviews.menuAdmin' } },
  { path: '/messages', name: 'messages', component: () => import('./messages/MessageListPage.vue'), meta: { requires: { permission: 'MESSAGES' }, title: 'console.messages.heading' } },
  { path: '/messages/:id', name: 'message-thread', component: () => import('./messages/MessageThreadPage.vue'), meta: { requires: { permission: 'MESSAGES' }, title: 'console.messages.heading', menu: 'messages' } },
  { path: '/reviews', name: 'merchant-reviews', component: () => import('./reviews/MerchantReviewsPage.vue'), meta: { requires: { permission: 'MESSAGES' }, title: 'console.reviews.menuMerchant' } },
  { path: '/categories', name: 'categories', component: () => import('./pages/CategoriesPage.vue'), meta: { requires: admin, title: 'console.menu.categories' } },
  { path: '/verifications', name: 'verifications', component: () => import('./pages/VerificationsPage.vue'), meta: { requires: admin, title: 'console.menu.verifications' } },
  { path: '/coupons', name: 'coupons', component: () => import('./pages/CouponsPage.vue'), meta: { requires: admin, title: 'console.menu.coupons' } },
  { path: '/shop-settings', name: 'shop-settings', component: () => import('./shop/ShopSettingsPage.vue'), meta: { requires: { permission: 'SETTINGS' }, title: 'console.shop.settingsHeading' } },
  { path: '/audit', name: 'audit', component: () => import('./shop/AuditLogPage.vue'), meta: { requires: staffPages, title: 'console.shop.auditHeading' } },
  { path: '/forbidden', name: 'forbidden', component: () => import('./pages/NotAllowedPage.vue'), meta: { requires: { console: true }, title: 'console.forbidden.heading' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./pages/NotAllowedPage.vue'), meta: { title: 'console.notFound.heading' } },
]

/** Console routes under /console/; each page is its own chunk. */
export const router = createRouter({
  history: createWebHistory('/console/'),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
})

/**
 * Signed-out visitors go to the sign-in page (and back afterwards); signed-in ones only reach pages their groups and
 * permissions allow, the same rules the menu shows.
 */
router.beforeEach(async (to) => {
  const session = useSession()
  await session.restore()
  if (to.meta.public) {
    return session.signedIn && hasConsoleAccess(session) ? { name: 'home' } : true
  }
  if (!to.meta.requires) return true
  if (!session.signedIn || !hasConsoleAccess(session)) {
    return { name: 'sign-in', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} }
  }
  const consoleAccess = useConsoleAccess()
  await consoleAccess.ensure()
  return allows(to.meta.requires, consoleAccess.access) ? true : { name: 'forbidden', query: { from: to.fullPath } }
})
