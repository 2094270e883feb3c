import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

/** Where the browser tests' stack keeps its state and log, and the jars it runs (built by `./mvnw verify`). */
export const repo = resolve(import.meta.dirname, '../../..')
export const stackDir = resolve(repo, 'web/target/e2e-stack')
// BAZAAR_E2E_LOG: the log of a stack started by hand (with BAZAAR_E2E_EXTERNAL), to read codes from.
export const logFile = process.env.BAZAAR_E2E_LOG ?? resolve(stackDir, 'server.log')
export const pidFile = resolve(stackDir, 'launcher.pid')
export const launcherJar = resolve(repo, 'functions/local-env/target/bazaar-local-env-0.1.0-SNAPSHOT.jar')
export const serverJar = resolve(repo, 'functions/server/target/quarkus-app/quarkus-run.jar')
export const webDist = resolve(repo, 'web/dist')

export function baseUrl(): string {
  return `http://localhost:${process.env.BAZAAR_E2E_PORT}`
}

export function missingBuild(): string | undefined {
  for (const [what, path] of [['launcher', launcherJar], ['server', serverJar], ['web build', resolve(webDist, 'index.html')]]) {
    if (!existsSync(path!)) return `${what} not built: ${path} (run ./mvnw -B package -DskipTests and npm run build)`
  }
  return undefined
}
