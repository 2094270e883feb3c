import { expect, test } from '@playwright/test'
import { receivedBook } from '../support/purchases'
import { shot } from '../support/shots'
import { owner, signInByApi } from '../console/helpers'
import { activatedAccount, signInWithForm } from './helpers'

test('a shopper writes about an order, the shop replies in the console, the shopper sees the reply and the badge', async ({ page, browser, request }, testInfo) => {
  // The scene through the API: a delivered book of the demo shop, bought by a new shopper.
  const shopper = await activatedAccount(request, 'messages')
  const { number } = await receivedBook(request, await shopper.token())
  const question = `Is the <b>dust jacket</b> included? ${Date.now().toString(36)}`

  await signInWithForm(page, shopper)
  await page.goto(`/orders/${number}`)
  await page.getByTestId('contact-shop').click()
  await expect(page.getByTestId('message-subject')).toContainText(number)
  await page.getByTestId('message-composer-body').fill(question)
  await page.getByTestId('message-composer-send').click()
  await expect(page).toHaveURL(/\/account\/messages\/[0-9a-f-]{36}$/)
  // the text is shown as typed, markup and all, never as HTML
  await expect(page.getByTestId('message-body').last()).toHaveText(question)
  await expect(page.getByTestId('message').last().locator('b')).toHaveCount(0)
  await shot(page, testInfo, 'storefront-message-thread')

  // The shop's owner answers in the console (another browser context: another session).
  const staff = await browser.newPage()
  await signInByApi(staff, owner)
  await staff.getByTestId('menu-messages').click()
  const row = staff.getByTestId('message-row').filter({ hasText: question })
  await expect(row).toHaveAttribute('data-unanswered', 'true')
  await expect(row.getByTestId('message-unread')).toBeVisible()
  await shot(staff, testInfo, 'console-messages')
  await row.getByTestId('message-link').click()
  await expect(staff.getByTestId('message-body').first()).toHaveText(question)
  await staff.getByTestId('message-reply-body').fill('Yes, it comes with the jacket.')
  await staff.getByTestId('message-reply-send').click()
  await expect(staff.getByTestId('message-notice')).toBeVisible()
  await expect(staff.getByTestId('message-state')).toHaveText(/Answered/)
  await shot(staff, testInfo, 'console-message-thread')
  await staff.close()

  // Back in the member centre: the badge counts the reply until the thread is read.
  await page.goto('/account/messages')
  await expect(page.getByTestId('messages-unread-badge')).toHaveText('1')
  const thread = page.getByTestId('message-thread').filter({ hasText: 'Yes, it comes with the jacket.' })
  await expect(thread.getByTestId('message-thread-unread')).toBeVisible()
  await shot(page, testInfo, 'storefront-messages')
  await thread.locator('a').first().click()
  await expect(page.getByTestId('message').last()).toHaveAttribute('data-author', 'STAFF')
  await expect(page.getByTestId('message-body').last()).toHaveText('Yes, it comes with the jacket.')
  await expect(page.getByTestId('messages-unread-badge')).toHaveCount(0)
})
