import { describe, expect, it } from 'vitest'
import { CheckoutAttempt, digest, fingerprint, type AttemptStorage } from './requestAttempt'

function memoryStorage(): AttemptStorage & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) }
}

function counter() {
  let n = 0
  return () => `key-${++n}`
}

const body = { addressId: 'a1', paymentMethod: 'sandbox-card', couponCode: 'SAVE10' }

describe('checkout idempotency key', () => {
  it('keeps the key while the same request is retried', () => {
    const attempt = new CheckoutAttempt(memoryStorage(), counter())
    const first = attempt.keyFor(body)
    expect(attempt.keyFor({ ...body })).toBe(first)
    expect(attempt.keyFor({ couponCode: 'SAVE10', paymentMethod: 'sandbox-card', addressId: 'a1' })).toBe(first)
  })

  it('starts a new attempt when the request changes', () => {
    const attempt = new CheckoutAttempt(memoryStorage(), counter())
    const first = attempt.keyFor(body)
    const second = attempt.keyFor({ ...body, couponCode: 'OTHER' })
    expect(second).not.toBe(first)
    expect(attempt.keyFor({ ...body, couponCode: 'OTHER' })).toBe(second)
  })

  it('forgets the key once the order is placed', () => {
    const attempt = new CheckoutAttempt(memoryStorage(), counter())
    const first = attempt.keyFor(body)
    attempt.finish()
    expect(attempt.keyFor(body)).not.toBe(first)
  })

  it('keeps the attempt across a reload of the page (session storage)', () => {
    const storage = memoryStorage()
    const key = new CheckoutAttempt(storage, counter()).keyFor(body)
    expect(new CheckoutAttempt(storage, () => 'fresh').keyFor(body)).toBe(key)
  })

  it('works without storage, in memory', () => {
    const attempt = new CheckoutAttempt(undefined, counter())
    expect(attempt.keyFor(body)).toBe(attempt.keyFor(body))
  })

  it('fingerprints independently of key order and undefined fields', () => {
    expect(fingerprint({ b: 1, a: { d: 2, c: undefined } })).toBe(fingerprint({ a: { d: 2 }, b: 1 }))
  })

  it('keeps no copy of the request (the address) in the storage, only a digest', () => {
    const storage = memoryStorage()
    new CheckoutAttempt(storage, counter()).keyFor({ address: { name: 'Kim Müller', line1: 'Straße 1' }, paymentMethod: 'sandbox-card' })
    const saved = [...storage.data.values()].join()
    expect(saved).not.toContain('Müller')
    expect(saved).toContain('key-1')
    expect(digest('a')).not.toBe(digest('b'))
  })
})
