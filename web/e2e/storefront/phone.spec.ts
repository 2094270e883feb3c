import { test } from '@playwright/test'
import { shopperJourney } from './journey'

// The phone project runs tests tagged @phone at 360 px in the browser's zh-CN; the desktop project runs it too.
test('@phone the shopper journey on a phone, in Chinese', async ({ page, request }, testInfo) => {
  test.setTimeout(120_000)
  await shopperJourney(page, request, testInfo)
})
