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
  { to: { name: 'returns' }, label: 'storefront.returns.menu', testid: 'account-menu-returns' },
]
