import { describe, expect, it } from 'vitest'
import { routes } from '../router'
import { allows, hasConsoleAccess, MENU, PERMISSIONS, visibleMenu, type Access, type Permission, type Requirement } from './access'
import schema from '../../shared/api/schema.ts?raw'

function account(kind: 'guest' | 'shopper' | 'staff' | 'admin', permissions: Permission[] = []): Access {
  return {
    signedIn: kind !== 'guest',
    isMerchantStaff: kind === 'staff',
    isPlatformAdmin: kind === 'admin',
    can: (p) => permissions.includes(p),
  }
}

const names = (access: Access) => visibleMenu(access).map((i) => i.name)

describe('menu by permissions', () => {
  it('shows a merchant owner every merchant page and no admin page', () => {
    expect(names(account('staff', [...PERMISSIONS])))
      .toEqual(['home', 'products', 'orders', 'returns', 'imports', 'price-alerts', 'messages', 'merchant-reviews', 'staff', 'roles',
        'shop-settings', 'audit'])
  })

  it('shows the demo staff (order clerk and product editor) the catalog, imports and orders, no admin page', () => {
    expect(names(account('staff', ['ORDERS', 'PRODUCTS', 'IMPORTS']))).toEqual(['home', 'products', 'orders', 'returns', 'imports', 'price-alerts'])
  })

  it('shows staff without any permission only the overview', () => {
    expect(names(account('staff', []))).toEqual(['home'])
    expect(names(account('staff', ['STATISTICS']))).toEqual(['home'])
  })

  it('shows the shop settings to staff with the settings permission', () => {
    expect(names(account('staff', ['SETTINGS']))).toEqual(['home', 'shop-settings'])
  })

  it('shows staff with the messages permission the customers’ messages and the reviews of their products, to reply to', () => {
    expect(names(account('staff', ['MESSAGES']))).toEqual(['home', 'messages', 'merchant-reviews'])
  })

  it('shows staff with only the orders permission only orders', () => {
    expect(names(account('staff', ['ORDERS']))).toEqual(['home', 'orders', 'returns'])
  })

  it('shows staff with only products the product pages, and imports only with the imports permission', () => {
    expect(names(account('staff', ['PRODUCTS']))).toEqual(['home', 'products'])
    expect(names(account('staff', ['IMPORTS']))).toEqual(['home', 'imports', 'price-alerts'])
  })

  it('shows the staff and roles pages and the audit log to staff with the staff permission', () => {
    expect(names(account('staff', ['STAFF']))).toEqual(['home', 'staff', 'roles', 'audit'])
  })

  it('shows a platform admin the admin pages only', () => {
    expect(names(account('admin'))).toEqual(['home', 'shops', 'shop-applications', 'moderation', 'review-moderation',
      'admin-returns', 'categories', 'coupons', 'verifications'])
  })

  it('shows shoppers and guests nothing', () => {
    expect(names(account('shopper', ['PRODUCTS']))).toEqual([])
    expect(names(account('guest'))).toEqual([])
  })
})

describe('one list of permissions', () => {
  /** The API's StaffPermission enum, as the committed client types (generated from the OpenAPI document) spell it. */
  const apiPermissions = /\bStaffPermission: ((?:"[A-Z_]+"(?: \| )?)+);/.exec(schema)?.[1]?.match(/[A-Z_]+/g) ?? []

  it('is the API’s: the console knows exactly the permissions of the OpenAPI document', () => {
    expect(apiPermissions.length).toBeGreaterThan(0)
    expect([...PERMISSIONS].sort()).toEqual([...apiPermissions].sort())
  })

  it('names no permission the API does not know, in the menu or on any route', () => {
    const required = [...MENU.map((m) => m.requires), ...routes.map((r) => r.meta?.requires as Requirement | undefined)]
      .flatMap((r) => (r && 'permission' in r ? [r.permission] : []))
    expect(required.length).toBeGreaterThan(5)
    for (const permission of required) expect(apiPermissions, permission).toContain(permission)
  })
})

describe('route requirements', () => {
  it('let a route without requirement through', () => {
    expect(allows(undefined, account('guest'))).toBe(true)
  })

  it('need merchant staff for a permission, not just the claim', () => {
    const admin = { ...account('admin'), can: () => true }
    expect(allows({ permission: 'PRODUCTS' }, admin)).toBe(false)
    expect(allows({ permission: 'PRODUCTS' }, account('staff', ['PRODUCTS']))).toBe(true)
    expect(allows({ admin: true }, account('staff', ['PRODUCTS']))).toBe(false)
  })

  it('know who may use the console', () => {
    expect(hasConsoleAccess(account('staff'))).toBe(true)
    expect(hasConsoleAccess(account('admin'))).toBe(true)
    expect(hasConsoleAccess(account('shopper'))).toBe(false)
  })
})
