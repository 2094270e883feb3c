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
  {
    path: 'reviews/pending',
    name: 'account-to-review',
    component: () => import('../reviews/ToReviewPage.vue'),
    meta: { title: 'storefront.reviews.pending.title', auth: true },
  },
  {
    path: 'reviews',
    name: 'account-reviews',
    component: () => import('../reviews/MyReviewsPage.vue'),
    meta: { title: 'storefront.reviews.mine.title', auth: true },
  },
  {
    path: 'reviews/write',
    name: 'account-review-write',
    component: () => import('../reviews/WriteReviewPage.vue'),
    meta: { title: 'storefront.reviews.write.title', auth: true },
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
  {
    path: 'messages',
    name: 'account-messages',
    component: () => import('../messages/MessagesPage.vue'),
    meta: { title: 'storefront.messages.title', auth: true },
  },
  {
    path: 'messages/new',
    name: 'account-message-new',
    component: () => import('../messages/NewThreadPage.vue'),
    meta: { title: 'storefront.messages.newTitle', auth: true },
  },
  {
    path: 'messages/:id',
    name: 'account-message',
    component: () => import('../messages/ThreadPage.vue'),
    meta: { title: 'storefront.messages.title', auth: true },
  },
  {
    path: 'notification-settings',
    name: 'account-notification-settings',
    component: () => import('../settings/NotificationSettingsPage.vue'),
    meta: { title: 'storefront.settings.title', auth: true },
  },
  { path: 'returns', name: 'returns', component: () => import('../returns/ReturnsPage.vue'), meta: { title: 'storefront.returns.title', auth: true } },
  { path: 'returns/:id', name: 'return', component: () => import('../returns/ReturnPage.vue'), meta: { title: 'storefront.returns.title', auth: true } },
  {
    path: 'returns/new/:number',
    name: 'return-request',
    component: () => import('../returns/ReturnRequestPage.vue'),
    meta: { title: 'storefront.returns.request', auth: true },
  },
  { path: 'profile', name: 'account-profile', component: () => import('../member/ProfilePage.vue'), meta: { title: 'storefront.member.profile.title', auth: true } },
  { path: 'security', name: 'account-security', component: () => import('../member/SecurityPage.vue'), meta: { title: 'storefront.member.security.title', auth: true } },
  { path: 'verification', name: 'account-verification', component: () => import('../member/VerificationPage.vue'), meta: { title: 'storefront.member.verification.title', auth: true } },
]
