import { expect, test } from '@playwright/test'
import { tokenOf } from '../support/api'
import { shot } from '../support/shots'
import { openMenu, signIn, signOut, staff } from './helpers'

/**
 * The demo staff member holds the order clerk and product editor roles (products, imports, orders; not messages,
 * staff, statistics or settings) and is no platform admin: the menu, the overview and the route guards show the catalog and
 * the orders, and turn the admin pages away, as the API does.
 */
test('staff see only what their permissions allow', async ({ page, request }, testInfo) => {
  await signIn(page, staff)
  await expect(page.getByTestId('signed-in-as')).toHaveText('Stan Staff')
  const menu = page.getByTestId('menu')
  const allowed = ['products', 'orders', 'imports', 'price-alerts']
  const refused = ['moderation', 'categories', 'coupons']
  for (const name of allowed) await expect(menu.getByTestId(`menu-${name}`)).toHaveCount(1)
  for (const name of refused) await expect(menu.getByTestId(`menu-${name}`)).toHaveCount(0)
  // replying to reviews and to customers' messages needs the messages permission, which the demo staff does not hold
  await expect(menu.getByTestId('menu-merchant-reviews')).toHaveCount(0)
  await expect(menu.getByTestId('menu-messages')).toHaveCount(0)
  await expect(menu.getByTestId('menu-review-moderation')).toHaveCount(0)
  // the overview offers the same areas
  for (const name of allowed) await expect(page.getByTestId(`home-${name}`)).toBeVisible()
  for (const name of refused) await expect(page.getByTestId(`home-${name}`)).toHaveCount(0)
  await shot(page, testInfo, 'console-home-staff')

  // the pages the permissions allow open
  await openMenu(page, 'menu-orders')
  await expect(page.getByTestId('order-list')).toBeVisible()
  await openMenu(page, 'menu-products')
  await expect(page.getByTestId('product-list')).toBeVisible()

  // the admin pages are refused by address too, and the menu still does not offer them
  for (const name of refused) {
    await page.goto(`/console/${name}`)
    await expect(page.getByTestId('forbidden')).toBeVisible()
    await expect(page).toHaveURL((url) => url.pathname === '/console/forbidden' && url.searchParams.get('from') === `/${name}`)
    for (const other of refused) await expect(menu.getByTestId(`menu-${other}`)).toHaveCount(0)
  }
  // every shop's returns are for admins: the staff's own are under Returns
  await expect(menu.getByTestId('menu-admin-returns')).toHaveCount(0)
  await page.goto('/console/admin/returns')
  await expect(page.getByTestId('forbidden')).toBeVisible()
  await shot(page, testInfo, 'console-forbidden-staff')

  // what the guard refuses, the API refuses as well; what it allows, the API allows
  const bearer = { authorization: `Bearer ${await tokenOf(request, staff)}` }
  expect((await request.get('/api/admin/coupons', { headers: bearer })).status()).toBe(403)
  expect((await request.get('/api/admin/products/pending', { headers: bearer })).status()).toBe(403)
  expect((await request.get('/api/merchant/reviews', { headers: bearer })).status()).toBe(403)
  expect((await request.get('/api/admin/reviews', { headers: bearer })).status()).toBe(403)
  expect((await request.get('/api/admin/returns', { headers: bearer })).status()).toBe(403)
  expect((await request.get('/api/merchant/orders', { headers: bearer })).status()).toBe(200)
  expect((await request.get('/api/merchant/products', { headers: bearer })).status()).toBe(200)

  await signOut(page)
})
