import { beforeEach, describe, expect, it, vi } from 'vitest'

/** A stand-in for the session store and the console's access (GET /api/merchant/me): the guard only reads these. */
const session = vi.hoisted(() => ({
  signedIn: false, isMerchantStaff: false, isPlatformAdmin: false, permissions: [] as string[],
  can(p: string) { return this.permissions.includes(p) },
  restore: vi.fn(async () => undefined),
}))
vi.mock('../shared/session/session', () => ({ useSession: () => session }))
vi.mock('./staff/access', () => ({ useConsoleAccess: () => ({ ensure: async () => undefined, access: session }) }))

const { router, routes } = await import('./router')
const { MENU } = await import('./lib/access')

function as(kind: 'guest' | 'shopper' | 'staff' | 'admin', permissions: string[] = []) {
  Object.assign(session, { signedIn: kind !== 'guest', isMerchantStaff: kind === 'staff', isPlatformAdmin: kind === 'admin', permissions })
}

async function go(path: string) {
  await router.push(path)
  return { name: router.currentRoute.value.name, query: router.currentRoute.value.query }
}

describe('console route guards', () => {
  beforeEach(async () => {
    as('guest')
    await router.replace('/sign-in').catch(() => undefined)
  })

  it('send guests to the sign-in page and back afterwards', async () => {
    expect(await go('/products?status=draft')).toEqual({ name: 'sign-in', query: { redirect: '/products?status=draft' } })
    expect(session.restore).toHaveBeenCalled()
  })

  it('send shoppers to the sign-in page too: the console is not theirs', async () => {
    as('shopper')
    expect((await go('/')).name).toBe('sign-in')
  })

  it('let staff open only what their permissions allow', async () => {
    as('staff', ['ORDERS'])
    expect((await go('/orders')).name).toBe('orders')
    expect(await go('/products/new')).toEqual({ name: 'forbidden', query: { from: '/products/new' } })
    expect((await go('/imports')).name).toBe('forbidden')
    expect((await go('/moderation')).name).toBe('forbidden')
  })

  it('keep staff with products, imports and orders (the demo staff) out of the admin and staff pages', async () => {
    as('staff', ['ORDERS', 'PRODUCTS', 'IMPORTS'])
    for (const path of ['/products', '/products/new', '/orders', '/imports', '/price-alerts']) expect((await go(path)).name, path).not.toBe('forbidden')
    for (const path of ['/moderation', '/categories', '/coupons', '/shops', '/staff', '/roles']) expect(await go(path)).toEqual({ name: 'forbidden', query: { from: path } })
  })

  it('guard each page with the rule of its menu entry, so the menu never offers a page the guard refuses', () => {
    const byName = new Map(routes.map((r) => [r.name, r]))
    for (const item of MENU) expect(byName.get(item.name)?.meta?.requires, item.name).toEqual(item.requires)
    // pages under a menu entry need at least what it needs
    for (const route of routes.filter((r) => r.meta?.menu)) {
      expect(route.meta?.requires, String(route.name)).toEqual(MENU.find((i) => i.name === route.meta?.menu)?.requires)
    }
  })

  it('let admins review but not edit merchants’ products', async () => {
    as('admin')
    expect((await go('/moderation')).name).toBe('moderation')
    expect((await go('/coupons')).name).toBe('coupons')
    expect((await go('/shops')).name).toBe('shops')
    expect((await go('/shop-applications')).name).toBe('shop-applications')
    expect((await go('/products')).name).toBe('forbidden')
    expect((await go('/staff')).name).toBe('forbidden')
  })

  it('send a signed-in console user from the sign-in page to the overview', async () => {
    as('staff', ['PRODUCTS'])
    await router.push('/products')
    expect((await go('/sign-in')).name).toBe('home')
  })

  it('lazy-load every page as its own chunk', () => {
    for (const route of routes) expect(typeof (route as { component?: unknown }).component, route.path).toBe('function')
  })
})
