import { expect, test } from '@playwright/test'
import { shot } from '../support/shots'
import { categoryValue, openMenu, owner, signInByApi } from './helpers'

/**
 * A merchant imports the local demo storefront through its own sitemap and watches the job's progress bar to the end.
 * The sitemap is read at the shop's public address (localhost and the stack's port, which the local crawl allow-list
 * follows): the pages it lists are on that host, and an import keeps to the host it starts from.
 */
test('a merchant imports the demo storefront from its sitemap and sees the job finish', async ({ page }, testInfo) => {
  test.setTimeout(180_000)
  await signInByApi(page, owner)
  const shop = new URL(page.url())
  const origin = `${shop.protocol}//localhost:${shop.port}`
  await openMenu(page, 'menu-imports')
  await expect(page.getByTestId('import-form')).toBeVisible()

  await page.getByTestId('import-source-sitemapUrl').check()
  await page.getByTestId('import-sitemap-url').fill(`${origin}/sitemap.xml`)
  await page.getByTestId('import-category').selectOption(await categoryValue(page, 'import-category', 'T-shirts'))
  await page.getByTestId('import-markup').fill('10')
  await page.getByTestId('import-max').fill('10')
  await shot(page, testInfo, 'console-imports')
  await page.getByTestId('import-start').click()

  await expect(page).toHaveURL(/\/console\/imports\/[0-9a-f-]{36}$/)
  const bar = page.getByTestId('import-progress')
  await expect(bar).toBeVisible()
  await expect(bar).toHaveAttribute('data-finished', 'true', { timeout: 150_000 })
  await expect(bar).toHaveAttribute('aria-valuenow', '100')
  await expect(page.getByTestId('job-status')).toHaveAttribute('data-status', 'COMPLETED')
  await shot(page, testInfo, 'console-import-job')

  // the job appears in the list, finished
  await openMenu(page, 'menu-imports')
  await expect(page.getByTestId('import-row').first().getByTestId('import-row-progress')).toHaveAttribute('data-finished', 'true')

  // pages were found and imported (fails while the allow-list accepts only localhost:8080, see above)
  await page.goBack()
  await expect(page.getByTestId('job-status')).toHaveAttribute('data-status', 'COMPLETED')
  const problems = (await page.getByTestId('import-problems').count()) ? await page.getByTestId('import-problems').textContent() : ''
  const processed = Number(await page.getByTestId('count-processed').locator('dd').textContent())
  expect(processed, `no page was processed; the job's problems: ${problems}`).toBeGreaterThan(0)
  await expect(page.getByTestId('import-item').first()).toBeVisible()

  // per-page results by outcome, and the price history the import recorded
  const first = (await page.getByTestId('item-outcome').first().getAttribute('data-status'))!
  await page.getByTestId(`outcome-${first.toLowerCase()}`).click()
  await expect(page).toHaveURL(new RegExp(`outcome=${first.toLowerCase()}`))
  await expect(page.getByTestId('item-outcome').first()).toBeVisible()
  const shown = await page.getByTestId('item-outcome').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))
  expect(new Set(shown)).toEqual(new Set([first]))
  await page.getByTestId('outcome-all').click()
  await expect(page.getByTestId('import-item').first()).toBeVisible()
  const history = page.getByTestId('item-price-history').first()
  if (await history.count()) {
    await history.click()
    await expect(page.getByTestId('price-chart').or(page.getByTestId('empty'))).toBeVisible()
    await shot(page, testInfo, 'console-import-price-history')
  }
})
