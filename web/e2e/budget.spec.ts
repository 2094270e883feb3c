import { expect, test } from '@playwright/test'
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

// The storefront's first page: all the JavaScript the browser fetches to show it, gzip'd as a server would send
// it. The figure goes to bench/RESULTS.md; the budget is 200 KB.
const BUDGET_BYTES = 200 * 1024

test('the storefront first page loads under 200 KB of JavaScript, gzip', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'measured once, on the desktop project')
  const scripts = new Map<string, number>()
  page.on('response', async (response) => {
    const type = response.headers()['content-type'] ?? ''
    if (response.request().resourceType() === 'script' || type.includes('javascript')) {
      const body = await response.body().catch(() => Buffer.alloc(0))
      scripts.set(new URL(response.url()).pathname, gzipSync(body, { level: 9 }).length)
    }
  })
  await page.goto('/', { waitUntil: 'networkidle' })
  const total = [...scripts.values()].reduce((a, b) => a + b, 0)
  const dir = resolve(import.meta.dirname, '../target')
  mkdirSync(dir, { recursive: true })
  writeFileSync(resolve(dir, 'js-size.json'), JSON.stringify({ totalGzipBytes: total, scripts: Object.fromEntries(scripts) }, null, 2))
  console.log(`storefront first page: ${scripts.size} scripts, ${(total / 1024).toFixed(1)} KB gzip`)
  expect(scripts.size).toBeGreaterThan(0)
  expect(total).toBeLessThan(BUDGET_BYTES)
})
