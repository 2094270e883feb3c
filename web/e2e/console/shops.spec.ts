import { expect, test, type Page } from '@playwright/test'
import { freshEmail } from '../support/api'
import { latestInvitationCode } from '../support/outbox'
import { shot } from '../support/shots'
import { admin, openMenu, signInByApi, signOut, unique } from './helpers'

const PASSWORD = 'a long shop password'

/**
 * Accepts the invitation sent to the login on the storefront's invitation page, as a new account: accepting signs in,
 * and the page goes on to the console of the shop joined, with no second sign-in.
 */
async function acceptInvitation(page: Page, login: string, name: string, shopName: string) {
  const code = await latestInvitationCode(login)
  await page.goto('/invitation')
  await page.getByTestId('invitation-login').fill(login)
  await page.getByTestId('invitation-code').fill(code)
  await page.getByTestId('invitation-password').fill(PASSWORD)
  await page.getByTestId('invitation-name').fill(name)
  await page.getByTestId('invitation-submit').click()
  await expect(page).toHaveURL(/\/console\/$/)
  await expect(page.getByTestId('home')).toBeVisible()
  await expect(page.getByTestId('signed-in-shop')).toHaveText(shopName)
  return code
}

/**
 * Issue 14's shop journey through the pages: an admin opens a shop, its owner joins with the invitation code, invites
 * an order clerk, and the clerk signs in to a console that offers only what the order clerk role allows.
 */
test('an admin opens a shop, the owner joins and invites staff, who see only what their role allows', async ({ page }, testInfo) => {
  const shopName = unique('Lantern Teas')
  const owner = freshEmail('owner')
  const clerk = freshEmail('clerk')

  await signInByApi(page, admin)
  await openMenu(page, 'menu-shops')
  await page.getByTestId('shop-name').fill(shopName)
  await page.getByTestId('shop-owner').fill(owner)
  await page.getByTestId('shop-submit').click()
  await expect(page.getByTestId('shops-notice')).toContainText(owner)
  await expect(page.locator(`[data-testid="shop-row"][data-name="${shopName}"]`)).toBeVisible()
  await shot(page, testInfo, 'console-shops')
  await signOut(page)

  const code = await acceptInvitation(page, owner, 'Olga Owner', shopName)
  await shot(page, testInfo, 'console-home-after-invitation')
  // an invitation works once
  await page.goto('/invitation')
  await page.getByTestId('invitation-login').fill(owner)
  await page.getByTestId('invitation-code').fill(code)
  await page.getByTestId('invitation-password').fill(PASSWORD)
  await page.getByTestId('invitation-submit').click()
  await expect(page.getByTestId('problem')).toBeVisible()

  // the session accepting started is still the owner's
  await page.goto('/console/')
  await expect(page.getByTestId('signed-in-shop')).toHaveText(shopName)
  for (const entry of ['menu-products', 'menu-orders', 'menu-imports', 'menu-staff', 'menu-roles']) {
    await expect(page.getByTestId('menu').getByTestId(entry)).toHaveCount(1)
  }
  await openMenu(page, 'menu-staff')
  await expect(page.locator(`[data-testid="staff-row"][data-login="${owner}"]`)).toBeVisible()
  await page.getByTestId('invite-login').fill(clerk)
  await page.getByTestId('invite-role-order-clerk').check()
  await page.getByTestId('invite-submit').click()
  await expect(page.getByTestId('staff-notice')).toContainText(clerk)
  await expect(page.locator(`[data-testid="invitation-row"][data-login="${clerk}"]`)).toHaveAttribute('data-status', 'PENDING')
  await shot(page, testInfo, 'console-staff')
  await openMenu(page, 'menu-roles')
  await expect(page.locator('[data-testid="role-row"][data-name="Order clerk"]')).toBeVisible()
  await shot(page, testInfo, 'console-roles')
  await signOut(page)

  await acceptInvitation(page, clerk, 'Carl Clerk', shopName)
  const menu = page.getByTestId('menu')
  for (const entry of ['menu-orders', 'menu-returns']) await expect(menu.getByTestId(entry)).toHaveCount(1)
  for (const entry of ['menu-products', 'menu-imports', 'menu-staff', 'menu-roles', 'menu-shops', 'menu-merchant-reviews']) {
    await expect(menu.getByTestId(entry)).toHaveCount(0)
  }
  await shot(page, testInfo, 'console-home-order-clerk')
  await page.goto('/console/staff')
  await expect(page.getByTestId('forbidden')).toBeVisible()
  await openMenu(page, 'menu-orders')
  await expect(page.getByTestId('order-list')).toBeVisible()
  await signOut(page)
})

test('a business applies on the storefront and an admin approves it into a shop', async ({ page }, testInfo) => {
  const business = unique('Harbour Ceramics')
  const contact = freshEmail('applicant')
  await page.goto('/')
  await page.getByTestId('footer-open-shop').click()
  await page.getByTestId('application-submit').click()
  await expect(page.getByTestId('application-form').locator('.field__error').first()).toBeVisible()
  await page.getByTestId('application-business').fill(business)
  await page.getByTestId('application-contact-name').fill('Hana')
  await page.getByTestId('application-contact').fill(contact)
  await page.getByTestId('application-message').fill('Hand-made bowls and cups.')
  await page.getByTestId('application-submit').click()
  await expect(page.getByTestId('application-sent')).toBeVisible()
  await shot(page, testInfo, 'storefront-open-a-shop')

  await signInByApi(page, admin)
  await openMenu(page, 'menu-shop-applications')
  await page.locator(`[data-testid="application-row"][data-name="${business}"]`).getByTestId('application-open').click()
  await shot(page, testInfo, 'console-shop-applications')
  await page.getByTestId('application-approve').click()
  await expect(page.getByTestId('application-notice')).toContainText(business)
  await openMenu(page, 'menu-shops')
  await expect(page.locator(`[data-testid="shop-row"][data-name="${business}"]`)).toBeVisible()
  await signOut(page)
  await acceptInvitation(page, contact, 'Hana', business)
})
