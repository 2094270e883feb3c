import type { RouteLocationRaw } from 'vue-router'

/** One entry of the member centre's menu: where it goes, its i18n label and its test id. */
export interface AccountMenuEntry {
  to: RouteLocationRaw
  label: string
  testid: string
  /** a count the layout shows beside the label (from the members store) */
  badge?: 'messages'
}

/** The member centre's menu, in the order shoppers see it. Each capability adds its own entry here. */
export const accountMenu: AccountMenuEntry[] = [
  { to: { name: 'orders' }, label: 'storefront.account.menu.orders', testid: 'account-menu-orders' },
  { to: { name: 'account-profile' }, label: 'storefront.member.menu.profile', testid: 'account-menu-profile' },
  { to: { name: 'account-security' }, label: 'storefront.member.menu.security', testid: 'account-menu-security' },
  { to: { name: 'account-verification' }, label: 'storefront.member.menu.verification', testid: 'account-menu-verification' },
  { to: { name: 'account-points' }, label: 'storefront.benefits.menu.points', testid: 'account-menu-points' },
  { to: { name: 'account-coupons' }, label: 'storefront.benefits.menu.coupons', testid: 'account-menu-coupons' },
  { to: { name: 'account-to-review' }, label: 'storefront.reviews.pending.title', testid: 'account-menu-to-review' },
  { to: { name: 'account-reviews' }, label: 'storefront.reviews.mine.title', testid: 'account-menu-reviews' },
  { to: { name: 'account-messages' }, label: 'storefront.messages.menu', testid: 'account-menu-messages', badge: 'messages' },
  { to: { name: 'account-notifications' }, label: 'storefront.members.menu.notifications', testid: 'account-menu-notifications' },
  { to: { name: 'account-notification-settings' }, label: 'storefront.settings.menu', testid: 'account-menu-notification-settings' },
  { to: { name: 'account-favourites' }, label: 'storefront.members.menu.favourites', testid: 'account-menu-favourites' },
  { to: { name: 'account-recent' }, label: 'storefront.members.menu.recent', testid: 'account-menu-recent' },
  { to: { name: 'returns' }, label: 'storefront.returns.menu', testid: 'account-menu-returns' },
]
