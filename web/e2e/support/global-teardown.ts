import { existsSync, readFileSync } from 'node:fs'
import { pidFile } from './stack'

/** Stops the launcher's process group; its shutdown hook stops the server, then PostgreSQL and the emulator. */
export default async function globalTeardown() {
  if (process.env.BAZAAR_E2E_EXTERNAL || !existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, 'utf8'))
  try {
    process.kill(-pid, 'SIGTERM')
  } catch {
    return
  }
  for (let i = 0; i < 60 && alive(pid); i++) await new Promise((r) => setTimeout(r, 500))
  if (alive(pid)) process.kill(-pid, 'SIGKILL')
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
