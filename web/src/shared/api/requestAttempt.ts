/** Where the attempt in progress is kept, so a reload in the middle of a checkout still retries with its key. */
export type AttemptStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>


/** A random key: 128 bits as a UUID where the browser has randomUUID (secure contexts), hex otherwise. */
export function randomKey(): string {
  if (typeof globalThis.crypto?.randomUUID === 'function') return globalThis.crypto.randomUUID()
  const bytes = new Uint8Array(16)
  globalThis.crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** JSON with the keys sorted and undefined left out, so equal requests give equal text. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  )
}

/**
 * A 53-bit digest of a text (cyrb53), so the stored attempt holds no copy of the request (the address is in it).
 * It only tells two requests of one shopper apart; the API compares the real bodies by SHA-256.
 */
export function digest(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16)
}

/**
 * The Idempotency-Key of an attempt at a write (a checkout, a return request; in the console an import's start, an
 * order export). Sending the same request again (a retry
 * after a network failure, a 5xx, a 409 request-in-progress, or a reload) reuses the attempt's key, so the API answers
 * with the first result instead of writing twice; a changed request is a new attempt with a new key (the API refuses
 * a key reused for a different body with 422 idempotency-key-reused). After the API has answered, the attempt is over.
 */
export class RequestAttempt {
  constructor(
    private readonly storageKey: string,
    private readonly storage: AttemptStorage | undefined = safeSessionStorage(),
    private readonly newKey: () => string = randomKey,
  ) {}

  keyFor(request: unknown): string {
    const print = digest(fingerprint(request))
    const saved = this.read()
    if (saved && saved.print === print) return saved.key
    const key = this.newKey()
    this.storage?.setItem(this.storageKey, JSON.stringify({ key, print }))
    this.memory = { key, print }
    return key
  }

  /** The write was done: the next one is a new attempt. */
  finish(): void {
    this.storage?.removeItem(this.storageKey)
    this.memory = undefined
  }

  private memory: { key: string; print: string } | undefined

  private read(): { key: string; print: string } | undefined {
    if (!this.storage) return this.memory
    try {
      const parsed = JSON.parse(this.storage.getItem(this.storageKey) ?? 'null') as { key?: unknown; print?: unknown } | null
      return typeof parsed?.key === 'string' && typeof parsed.print === 'string' ? { key: parsed.key, print: parsed.print } : undefined
    } catch {
      return undefined
    }
  }
}

/** A checkout's attempt: one at a time per tab. */
export class CheckoutAttempt extends RequestAttempt {
  constructor(storage: AttemptStorage | undefined = safeSessionStorage(), newKey: () => string = randomKey) {
    super('bazaar.checkout.attempt', storage, newKey)
  }
}

function safeSessionStorage(): AttemptStorage | undefined {
  try {
    return globalThis.sessionStorage
  } catch {
    return undefined
  }
}
