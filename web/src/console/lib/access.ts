/**
 * The permissions of merchant staff, as in the access token's `permissions` claim: identity's `Permission` enum, lower
 * case. The OpenAPI document types them as plain strings (`Staff.permissions: string[]`), so the list is kept here.
 */
export const PERMISSIONS = ['products', 'orders', 'messages', 'staff', 'statistics', 'settings'] as const
export type Permission = (typeof PERMISSIONS)[number]

/** What a route or menu entry needs from the signed-in account; the API checks every request again itself. */
export type Requirement =
  /** any console user: merchant staff or platform admin */
  | { console: true }
  /** merchant staff holding this permission */
  | { permission: Permission }
  /** a platform admin */
  | { admin: true }

/** The parts of the session store the console decides with (kept small so tests can fake it). */
export interface Access {
  signedIn: boolean
  isMerchantStaff: boolean
  isPlatformAdmin: boolean
  can(permission: Permission): boolean
}

export function hasConsoleAccess(access: Access): boolean {
  return access.signedIn && (access.isMerchantStaff || access.isPlatformAdmin)
}

export function allows(requirement: Requirement | undefined, access: Access): boolean {
  if (!requirement) return true
  if (!hasConsoleAccess(access)) return false
  if ('permission' in requirement) return access.isMerchantStaff && access.can(requirement.permission)
  if ('admin' in requirement) return access.isPlatformAdmin
  return true
}

export interface MenuItem {
  /** route name */
  name: string
  /** i18n key of its label */
  label: string
  requires: Requirement
  group: 'general' | 'merchant' | 'admin'
  testid: string
}

/** Every entry of the console's menu, in order; `visibleMenu` keeps those the account may open. */
export const MENU: readonly MenuItem[] = [
  { name: 'home', label: 'console.menu.home', requires: { console: true }, group: 'general', testid: 'menu-home' },
  { name: 'products', label: 'console.menu.products', requires: { permission: 'products' }, group: 'merchant', testid: 'menu-products' },
  { name: 'orders', label: 'console.menu.orders', requires: { permission: 'orders' }, group: 'merchant', testid: 'menu-orders' },
  { name: 'returns', label: 'console.returns.menu', requires: { permission: 'orders' }, group: 'merchant', testid: 'menu-returns' },
  { name: 'imports', label: 'console.menu.imports', requires: { permission: 'products' }, group: 'merchant', testid: 'menu-imports' },
  { name: 'price-alerts', label: 'console.menu.priceAlerts', requires: { permission: 'products' }, group: 'merchant', testid: 'menu-price-alerts' },
  { name: 'merchant-reviews', label: 'console.reviews.menuMerchant', requires: { permission: 'messages' }, group: 'merchant', testid: 'menu-merchant-reviews' },
  { name: 'shop-settings', label: 'console.shop.menuSettings', requires: { permission: 'settings' }, group: 'merchant', testid: 'menu-shop-settings' },
  { name: 'audit', label: 'console.shop.menuAudit', requires: { permission: 'staff' }, group: 'merchant', testid: 'menu-audit' },
  { name: 'moderation', label: 'console.menu.moderation', requires: { admin: true }, group: 'admin', testid: 'menu-moderation' },
  { name: 'review-moderation', label: 'console.reviews.menuAdmin', requires: { admin: true }, group: 'admin', testid: 'menu-review-moderation' },
  { name: 'categories', label: 'console.menu.categories', requires: { admin: true }, group: 'admin', testid: 'menu-categories' },
  { name: 'coupons', label: 'console.menu.coupons', requires: { admin: true }, group: 'admin', testid: 'menu-coupons' },
  { name: 'verifications', label: 'console.menu.verifications', requires: { admin: true }, group: 'admin', testid: 'menu-verifications' },
]

export function visibleMenu(access: Access, items: readonly MenuItem[] = MENU): MenuItem[] {
  return items.filter((item) => allows(item.requires, access))
}
