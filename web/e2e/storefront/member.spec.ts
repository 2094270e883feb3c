import { expect, test, type APIRequestContext } from '@playwright/test'
import { tokenOf } from '../support/api'
import { shot } from '../support/shots'
import { admin, openMenu, png, signIn } from '../console/helpers'
import { activatedAccount, expectNoSidewaysScroll, memberPricedSku, PASSWORD, signInWithForm } from './helpers'

/** A resident identity number with a valid check character (GB 11643's own example). */
const RESIDENT_ID = '11010519491231002X'

async function status(request: APIRequestContext, token: string): Promise<number> {
  return (await request.get('/api/me', { headers: { Authorization: `Bearer ${token}` } })).status()
}

// Both member-centre journeys run on the 360 px phone (in zh-CN) too: @phone.
test('a member changes the password and signs out other sessions, whose tokens stop at once @phone', async ({ page, request }, testInfo) => {
  const account = await activatedAccount(request, 'member-security')
  const otherDevice = await account.token()
  await signInWithForm(page, account)

  await page.goto('/account')
  await page.getByTestId('account-menu-profile').click()
  await page.getByTestId('profile-name').fill('Mei Member')
  await page.getByTestId('profile-birthday').fill('1990-04-01')
  await page.getByTestId('profile-gender').selectOption('UNSPECIFIED')
  await page.getByTestId('profile-save').click()
  await expect(page.getByTestId('profile-notice')).toBeVisible()
  await page.getByTestId('avatar-file').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: png(64, 64, [200, 80, 40]) })
  await expect(page.getByTestId('avatar-image')).toBeVisible()
  await shot(page, testInfo, 'account-profile')

  await page.getByTestId('account-menu-security').click()
  await expect(page.getByTestId('session')).toHaveCount(2)
  await expect(page.getByTestId('session-current')).toHaveCount(1)
  await expectNoSidewaysScroll(page)
  await shot(page, testInfo, 'account-security')
  await page.locator('[data-testid="session"][data-current="false"]').getByTestId('session-sign-out').click()
  await expect(page.getByTestId('session')).toHaveCount(1)
  expect(await status(request, otherDevice), 'the signed-out session’s access token is refused at once').toBe(401)

  const anotherDevice = await account.token()
  await page.getByTestId('password-current').fill('not my password')
  await page.getByTestId('password-new').fill('a fresh member passphrase 3')
  await page.getByTestId('password-submit').click()
  await expect(page.getByTestId('problem')).toBeVisible()
  expect(await status(request, anotherDevice)).toBe(200)
  await page.getByTestId('password-current').fill(PASSWORD)
  await page.getByTestId('password-submit').click()
  await expect(page.getByTestId('password-notice')).toBeVisible()
  expect(await status(request, anotherDevice), 'a password change ends the other sessions').toBe(401)

  // this session goes on, across a reload (the refresh cookie still works)
  await page.reload()
  await expect(page.getByTestId('session')).toHaveCount(1)
  expect((await request.post('/api/auth/login', { data: { login: account.login, password: 'a fresh member passphrase 3' } })).status()).toBe(200)

  await page.getByTestId('sessions-sign-out-all').click()
  await expect(page).toHaveURL(/\/login/)
})

test('a member submits their real name, an admin approves it in the console, and the member sees it verified @phone', async ({ page, browser, request }, testInfo) => {
  const account = await activatedAccount(request, 'member-verify')
  const legalName = `测试${Date.now().toString(36)}`
  await signInWithForm(page, account)

  await page.goto('/account/verification')
  await page.getByTestId('verification-name').fill(legalName)
  await page.getByTestId('verification-type').selectOption('CN_RESIDENT_ID')
  await page.getByTestId('verification-number').fill('110105194912310021')
  await page.getByTestId('verification-submit').click()
  await expect(page.getByTestId('verification-number')).toHaveAttribute('aria-invalid', 'true')
  await page.getByTestId('verification-number').fill(RESIDENT_ID)
  await page.getByTestId('verification-submit').click()
  await expect(page.getByTestId('verification-status')).toHaveAttribute('data-status', 'SUBMITTED')
  await expect(page.getByTestId('verification-latest')).toContainText('****002X')
  await expect(page.getByTestId('verification-latest')).not.toContainText(RESIDENT_ID)
  await shot(page, testInfo, 'account-verification-submitted')

  const console = await browser.newContext()
  const adminPage = await console.newPage()
  await signIn(adminPage, admin)
  await openMenu(adminPage, 'menu-verifications')
  const row = adminPage.locator(`[data-testid="verification-row"][data-name="${legalName}"]`)
  await expect(row).toContainText('****002X')
  await row.getByTestId('verification-open').click()
  await shot(adminPage, testInfo, 'console-verifications')
  await adminPage.getByTestId('verification-approve').click()
  await expect(adminPage.getByTestId('verification-notice')).toBeVisible()
  await expect(row).toHaveCount(0)
  await console.close()

  await page.reload()
  await expect(page.getByTestId('verification-status')).toHaveAttribute('data-status', 'VERIFIED')
  await shot(page, testInfo, 'account-verification-verified')
  await page.goto('/account/profile')
  await expect(page.getByTestId('profile-verified')).toBeVisible()
  // the new access token says so too (member benefits read the verified claim)
  const token = await tokenOf(request, { login: account.login, password: PASSWORD })
  const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString())
  expect(claims.verified).toBe(true)

  // A verified member's order shows the member price paid next to the list price, and what member prices saved.
  const auth = { authorization: `Bearer ${token}` }
  const skuId = await memberPricedSku(request)
  expect((await request.post('/api/cart/lines', { headers: auth, data: { skuId, quantity: 2 } })).status()).toBe(200)
  const checkout = await request.post('/api/orders/checkout', {
    headers: { ...auth, 'Idempotency-Key': `member-${Date.now()}-${Math.random()}` },
    data: { address: { name: 'Mei Member', phone: '+8613800138000', country: 'CN', city: 'Hangzhou', line1: '1 West Lake Road' }, paymentMethod: 'sandbox-card' },
  })
  expect(checkout.status(), await checkout.text()).toBe(201)
  const number = (await checkout.json()).orders[0].orderNumber as string
  await page.goto(`/orders/${number}`)
  const line = page.getByTestId('order-line')
  await expect(line.getByTestId('order-line-member-price')).toBeVisible()
  await expect(line.getByTestId('order-line-list-price')).toHaveText(/20\.00$/)
  await expect(line).toContainText('15.00')
  await expect(page.getByTestId('breakdown-member-saving')).toHaveText(/10\.00\)$/)
  await expect(page.getByTestId('breakdown-items')).toHaveText(/30\.00$/)
  await expectNoSidewaysScroll(page)
  await shot(page, testInfo, 'order-member-price')
})

test('a member turns price-drop e-mails on and off in the member centre @phone', async ({ page, request }, testInfo) => {
  const account = await activatedAccount(request, 'member-settings')
  await signInWithForm(page, account)

  await page.goto('/account')
  await page.getByTestId('account-menu-notification-settings').click()
  const settings = page.getByTestId('notification-settings')
  await expect(settings).toHaveAttribute('data-price-drop-email', 'false')
  await page.getByTestId('price-drop-email').check()
  await expect(page.getByTestId('settings-notice')).toBeVisible()
  await expect(settings).toHaveAttribute('data-price-drop-email', 'true')
  await expect(page.getByTestId('price-drop-email-to')).toContainText(account.login)
  await shot(page, testInfo, 'account-notification-settings')

  // kept: after a reload, and in the API
  await page.reload()
  await expect(page.getByTestId('price-drop-email')).toBeChecked()
  const auth = { authorization: `Bearer ${await account.token()}` }
  expect((await (await request.get('/api/me/notification-settings', { headers: auth })).json()).priceDropEmail).toBe(true)
  await page.getByTestId('price-drop-email').uncheck()
  await expect(settings).toHaveAttribute('data-price-drop-email', 'false')
  expect((await (await request.get('/api/me/notification-settings', { headers: auth })).json()).priceDropEmail).toBe(false)
  await expectNoSidewaysScroll(page)
})
