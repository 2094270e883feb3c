import type { RouteLocationRaw } from 'vue-router'

/** One entry of the member centre's menu: where it goes, its i18n label and its test id. */
export interface AccountMenuEntry {
  to: RouteLocationRaw
  label: string
  testid: string
}

/** The member centre's menu, in the order shoppers see it. Each capability adds its own entry here. */
export const accountMenu: AccountMenuEntry[] = [
  { to: { name: 'orders' }, label: 'storefront.account.menu.orders', testid: 'account-menu-orders' },
  { to: { name: 'account-profile' }, label: 'storefront.member.menu.profile', testid: 'account-menu-profile' },
  { to: { name: 'account-security' }, label: 'storefront.member.menu.security', testid: 'account-menu-security' },
  { to: { name: 'account-verification' }, label: 'storefront.member.menu.verification', testid: 'account-menu-verification' },
]
