import { defineConfig, devices } from '@playwright/test'

// One stack for every browser test: e2e/support/global-setup.ts starts it on this port. Set in the main process,
// so the workers it spawns read the same value.
process.env.BAZAAR_E2E_PORT ??= String(20000 + (process.pid % 20000))
// The shop's own public address (localhost and the port): the links it makes, such as the payment page's way back,
// must land on the origin the session cookies belong to.
const baseURL = `http://localhost:${process.env.BAZAAR_E2E_PORT}`

// Debian's Chromium, never a downloaded browser; the flags keep it off the network this machine does not have.
const chromium = {
  executablePath: process.env.BAZAAR_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'target/e2e-results',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['html', { outputFolder: 'target/e2e-report', open: 'never' }]],
  globalSetup: './e2e/support/global-setup.ts',
  globalTeardown: './e2e/support/global-teardown.ts',
  use: {
    baseURL,
    launchOptions: chromium,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    locale: 'en-US',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions: chromium } },
    {
      name: 'phone',
      // The shopper journey at 360 px, in the browser's zh-CN.
      grep: /@phone/,
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'zh-CN', launchOptions: chromium },
    },
  ],
})
