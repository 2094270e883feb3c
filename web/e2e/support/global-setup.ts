import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { baseUrl, launcherJar, logFile, missingBuild, pidFile, serverJar, stackDir, webDist } from './stack'

/**
 * Starts the stack the browser tests share: the local launcher brings up PostgreSQL and the AWS emulator, then the
 * all-in-one server with the demo data, serving web/dist, on the port the config chose. Its log is kept, since the
 * local profile writes every email and SMS there (the activation codes the tests read).
 */
export default async function globalSetup() {
  if (process.env.BAZAAR_E2E_EXTERNAL) return // a stack someone already runs at BAZAAR_E2E_PORT
  const missing = missingBuild()
  if (missing) throw new Error(missing)
  rmSync(stackDir, { recursive: true, force: true })
  mkdirSync(stackDir, { recursive: true })
  const log = openSync(logFile, 'a')
  const launcher = spawn('java', ['-jar', launcherJar, serverJar, stackDir], {
    env: {
      ...process.env,
      QUARKUS_HTTP_PORT: process.env.BAZAAR_E2E_PORT,
      BAZAAR_WEB_DIR: webDist,
      // Every spec signs in from the loopback address; the per-address limit (30 per 15 minutes) is for the open internet.
      BAZAAR_IDENTITY_LOGIN_ATTEMPTS_PER_ADDRESS: '10000',
    },
    stdio: ['ignore', log, log],
    detached: true,
  })
  writeFileSync(pidFile, String(launcher.pid))
  launcher.unref()
  await waitUntilReady(launcher, 180_000)
}

async function waitUntilReady(launcher: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < deadline) {
    if (launcher.exitCode !== null) {
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n')
      throw new Error(`the stack exited with ${launcher.exitCode} before it was ready:\n${tail}`)
    }
    try {
      const response = await fetch(`${baseUrl()}/q/health/ready`)
      if (response.ok) return
      last = `HTTP ${response.status}`
    } catch (e) {
      last = String(e)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`the stack did not become ready at ${baseUrl()} (${last}); see ${logFile}`)
}
