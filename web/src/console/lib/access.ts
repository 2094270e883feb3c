import type { components } from '../../shared/api/schema'

/**
 * The permissions of merchant staff: the API's one list (the platform's `StaffPermission` enum), typed from the OpenAPI
 * document, so a permission the API does not know does not compile. `GET /api/merchant/me` answers with these names;
 * the access token's `permissions` claim carries them in lower case.
 */
export type Permission = components['schemas']['StaffPermission']

/** Every permission, once each; the record's type makes the compiler demand exactly the API's list. */
const EVERY: Record<Permission, true> = {
  PRODUCTS: true, ORDERS: true, MESSAGES: true, STATISTICS: true, STAFF: true, IMPORTS: true, SETTINGS: true,
}
export const PERMISSIONS = Object.keys(EVERY) as Permission[]

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

const staffPages: Requirement = { permission: 'STAFF' }

/** Every entry of the console's menu, in order; `visibleMenu` keeps those the account may open. */
export const MENU: readonly MenuItem[] = [
  { name: 'home', label: 'console.menu.home', requires: { console: true }, group: 'general', testid: 'menu-home' },
  { name: 'products', label: 'console.menu.products', requires: { permission: 'PRODUCTS' }, group: 'merchant', testid: 'menu-products' },
  { name: 'orders', label: 'console.menu.orders', requires: { permission: 'ORDERS' }, group: 'merchant', testid: 'menu-orders' },
  { name: 'returns', label: 'console.returns.menu', requires: { permission: 'ORDERS' }, group: 'merchant', testid: 'menu-returns' },
  { name: 'imports', label: 'console.menu.imports', requires: { permission: 'IMPORTS' }, group: 'merchant', testid: 'menu-imports' },
  { name: 'price-alerts', label: 'console.menu.priceAlerts', requires: { permission: 'IMPORTS' }, group: 'merchant', testid: 'menu-price-alerts' },
  { name: 'messages', label: 'console.messages.menu', requires: { permission: 'MESSAGES' }, group: 'merchant', testid: 'menu-messages' },
  { name: 'merchant-reviews', label: 'console.reviews.menuMerchant', requires: { permission: 'MESSAGES' }, group: 'merchant', testid: 'menu-merchant-reviews' },
  { name: 'staff', label: 'console.staff.menu', requires: staffPages, group: 'merchant', testid: 'menu-staff' },
  { name: 'roles', label: 'console.staff.rolesMenu', requires: staffPages, group: 'merchant', testid: 'menu-roles' },
  { name: 'shop-settings', label: 'console.shop.menuSettings', requires: { permission: 'SETTINGS' }, group: 'merchant', testid: 'menu-shop-settings' },
  { name: 'audit', label: 'console.shop.menuAudit', requires: staffPages, group: 'merchant', testid: 'menu-audit' },
  { name: 'shops', label: 'console.shops.menu', requires: { admin: true }, group: 'admin', testid: 'menu-shops' },
  { name: 'shop-applications', label: 'console.shops.applicationsMenu', requires: { admin: true }, group: 'admin', testid: 'menu-shop-applications' },
  { name: 'moderation', label: 'console.menu.moderation', requires: { admin: true }, group: 'admin', testid: 'menu-moderation' },
  { name: 'review-moderation', label: 'console.reviews.menuAdmin', requires: { admin: true }, group: 'admin', testid: 'menu-review-moderation' },
  { name: 'admin-returns', label: 'console.returns.adminMenu', requires: { admin: true }, group: 'admin', testid: 'menu-admin-returns' },
  { name: 'categories', label: 'console.menu.categories', requires: { admin: true }, group: 'admin', testid: 'menu-categories' },
  { name: 'coupons', label: 'console.menu.coupons', requires: { admin: true }, group: 'admin', testid: 'menu-coupons' },
  { name: 'verifications', label: 'console.menu.verifications', requires: { admin: true }, group: 'admin', testid: 'menu-verifications' },
]

export function visibleMenu(access: Access, items: readonly MenuItem[] = MENU): MenuItem[] {
  return items.filter((item) => allows(item.requires, access))
}
