import { readFileSync } from 'node:fs'
import { logFile } from './stack'

/**
 * The newest 6-digit code the stack sent to a login (email or SMS). The local profile writes each message to the
 * server log (`Email to <login>: <subject>` then the text), which is what a person trying Bazaar locally reads too.
 */
export async function latestCode(login: string, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const code = findCode(readFileSync(logFile, 'utf8'), login)
    if (code) return code
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`no code was sent to ${login} within ${timeoutMs} ms (see ${logFile})`)
}

export function findCode(log: string, login: string): string | undefined {
  const marker = new RegExp(`(?:Email|SMS) to ${escape(login)}:`, 'g')
  let code: string | undefined
  for (const match of log.matchAll(marker)) {
    const after = log.slice(match.index + match[0].length, match.index + match[0].length + 600)
    code = /(?<!\d)(\d{6})(?!\d)/.exec(after)?.[1] ?? code
  }
  return code
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The newest invitation code (XXXXX-XXXXX) the stack sent to a login, read from the server log like codes are. */
export async function latestInvitationCode(login: string, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const log = readFileSync(logFile, 'utf8')
    const marker = new RegExp(`(?:Email|SMS) to ${escape(login)}:`, 'g')
    let code: string | undefined
    for (const match of log.matchAll(marker)) {
      const after = log.slice(match.index + match[0].length, match.index + match[0].length + 800)
      code = /\b([A-Z2-9]{5}-[A-Z2-9]{5})\b/.exec(after)?.[1] ?? code
    }
    if (code) return code
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`no invitation code was sent to ${login} within ${timeoutMs} ms (see ${logFile})`)
}

/** Waits for a message to the login (e-mail or SMS) that says the text; returns what the log shows of it. */
export async function messageTo(login: string, text: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const log = readFileSync(logFile, 'utf8')
    for (const match of log.matchAll(new RegExp(`(?:Email|SMS) to ${escape(login)}:`, 'g'))) {
      const message = log.slice(match.index, match.index + match[0].length + 800)
      if (message.includes(text)) return message
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`nothing saying "${text}" was sent to ${login} within ${timeoutMs} ms (see ${logFile})`)
}
