import type { Page, TestInfo } from '@playwright/test'
import { resolve } from 'node:path'

/** Saves a full-page screenshot of a main page as a test artifact: web/target/screenshots/<project>/<name>.png. */
export async function shot(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const path = resolve(import.meta.dirname, '../../target/screenshots', testInfo.project.name, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}
