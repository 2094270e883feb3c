import { expect, test } from '@playwright/test'
import { shot } from './support/shots'

test('the stack serves the storefront and the console from one origin', async ({ page }, testInfo) => {
  await page.goto('/')
  await expect(page.locator('#app')).not.toBeEmpty()
  await shot(page, testInfo, 'smoke-storefront')
  await page.goto('/console/')
  await expect(page.locator('#app')).not.toBeEmpty()
})
