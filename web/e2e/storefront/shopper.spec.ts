import { test } from '@playwright/test'
import { shopperJourney } from './journey'

test('a shopper registers, finds and buys two T-shirts with a coupon, pays in the sandbox and confirms receipt', async ({ page, request }, testInfo) => {
  test.setTimeout(120_000)
  await shopperJourney(page, request, testInfo)
})
