import { expect, test } from '@playwright/test'
import { shot } from '../support/shots'
import { activatedAccount, messagesTo, nextCode } from './helpers'

test('a shopper who forgot the password sets a new one with the code and signs in with it', async ({ page, request }, testInfo) => {
  const account = await activatedAccount(request, 'reset')
  const before = messagesTo(account.login)
  await page.goto('/login')
  await page.getByTestId('forgot-link').click()
  await page.getByTestId('reset-login').fill(account.login)
  await page.getByTestId('reset-request').click()
  await expect(page.getByTestId('reset-confirm-form')).toBeVisible()
  await page.getByTestId('reset-code').fill(await nextCode(account.login, before))
  await page.getByTestId('reset-password').fill('short')
  await page.getByTestId('reset-confirm').click()
  // The API's field error shows at its field.
  await expect(page.getByTestId('reset-password')).toHaveAttribute('aria-invalid', 'true')
  await page.getByTestId('reset-password').fill('a brand new passphrase 9')
  await shot(page, testInfo, 'reset-password')
  await page.getByTestId('reset-confirm').click()
  await expect(page).toHaveURL(/\/login\?/)
  await expect(page.getByTestId('login-notice')).toBeVisible()
  await expect(page.getByTestId('login')).toHaveValue(account.login)
  await page.getByTestId('password').fill('a brand new passphrase 9')
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('sign-out')).toBeVisible()
})

test('a wrong password and a wrong activation code are said plainly', async ({ page, request }) => {
  const account = await activatedAccount(request, 'wrong')
  await page.goto('/login')
  await page.getByTestId('login').fill(account.login)
  await page.getByTestId('password').fill('not the password at all')
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('problem')).toBeVisible()
  await expect(page.getByTestId('sign-in')).toBeVisible()

  await page.goto(`/activate?login=${encodeURIComponent(account.login)}`)
  await page.getByTestId('activate-code').fill('12345')
  await page.getByTestId('activate-submit').click()
  await expect(page.getByTestId('activate-code')).toHaveAttribute('aria-invalid', 'true')
})
