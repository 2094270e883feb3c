import { describe, expect, it } from 'vitest'
import { allows, hasConsoleAccess, visibleMenu, type Access } from './access'

function account(kind: 'guest' | 'shopper' | 'staff' | 'admin', permissions: string[] = []): Access {
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
    expect(names(account('staff', ['products', 'orders', 'staff', 'statistics', 'messages', 'settings'])))
      .toEqual(['home', 'products', 'orders', 'returns', 'imports', 'price-alerts', 'merchant-reviews', 'shop-settings', 'audit'])
  })

  it('shows the demo staff (products and orders, not messages, staff or statistics) the catalog and orders, no admin page', () => {
    expect(names(account('staff', ['orders', 'products']))).toEqual(['home', 'products', 'orders', 'returns', 'imports', 'price-alerts'])
  })

  it('shows staff without any permission only the overview', () => {
    expect(names(account('staff', []))).toEqual(['home'])
    expect(names(account('staff', ['statistics']))).toEqual(['home'])
  })

  it('shows the shop settings to staff with settings and the audit log to staff with the staff permission', () => {
    expect(names(account('staff', ['settings']))).toEqual(['home', 'shop-settings'])
    expect(names(account('staff', ['staff']))).toEqual(['home', 'audit'])
  })

  it('shows staff with the messages permission the reviews of their products, to reply to', () => {
    expect(names(account('staff', ['messages']))).toEqual(['home', 'merchant-reviews'])
  })

  it('shows staff with only the orders permission only orders', () => {
    expect(names(account('staff', ['orders']))).toEqual(['home', 'orders', 'returns'])
  })

  it('shows staff with only products the catalog pages', () => {
    expect(names(account('staff', ['products']))).toEqual(['home', 'products', 'imports', 'price-alerts'])
  })

  it('shows a platform admin the admin pages only', () => {
    expect(names(account('admin'))).toEqual(['home', 'moderation', 'review-moderation', 'categories', 'coupons', 'verifications'])
  })

  it('shows shoppers and guests nothing', () => {
    expect(names(account('shopper', ['products']))).toEqual([])
    expect(names(account('guest'))).toEqual([])
  })
})

describe('route requirements', () => {
  it('let a route without requirement through', () => {
    expect(allows(undefined, account('guest'))).toBe(true)
  })

  it('need merchant staff for a permission, not just the claim', () => {
    const admin = { ...account('admin'), can: () => true }
    expect(allows({ permission: 'products' }, admin)).toBe(false)
    expect(allows({ permission: 'products' }, account('staff', ['products']))).toBe(true)
    expect(allows({ admin: true }, account('staff', ['products']))).toBe(false)
  })

  it('know who may use the console', () => {
    expect(hasConsoleAccess(account('staff'))).toBe(true)
    expect(hasConsoleAccess(account('admin'))).toBe(true)
    expect(hasConsoleAccess(account('shopper'))).toBe(false)
  })
})
