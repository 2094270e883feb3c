import { beforeEach, describe, expect, it, vi } from 'vitest'

/** A stand-in for the session store: the guard only reads these. */
const session = vi.hoisted(() => ({
  signedIn: false, isMerchantStaff: false, isPlatformAdmin: false, permissions: [] as string[],
  can(p: string) { return this.permissions.includes(p) },
  restore: vi.fn(async () => undefined),
}))
vi.mock('../shared/session/session', () => ({ useSession: () => session }))

const { router, routes } = await import('./router')

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
    as('staff', ['orders'])
    expect((await go('/orders')).name).toBe('orders')
    expect(await go('/products/new')).toEqual({ name: 'forbidden', query: { from: '/products/new' } })
    expect((await go('/imports')).name).toBe('forbidden')
    expect((await go('/moderation')).name).toBe('forbidden')
  })

  it('let admins review but not edit merchants’ products', async () => {
    as('admin')
    expect((await go('/moderation')).name).toBe('moderation')
    expect((await go('/coupons')).name).toBe('coupons')
    expect((await go('/products')).name).toBe('forbidden')
  })

  it('send a signed-in console user from the sign-in page to the overview', async () => {
    as('staff', ['products'])
    await router.push('/products')
    expect((await go('/sign-in')).name).toBe('home')
  })

  it('lazy-load every page as its own chunk', () => {
    for (const route of routes) expect(typeof (route as { component?: unknown }).component, route.path).toBe('function')
  })
})
