import { describe, expect, it } from 'vitest'
import { readClaims } from './claims'

function token(payload: object): string {
  const encode = (o: object) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(o))))
    .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  return `${encode({ alg: 'RS256' })}.${encode(payload)}.signature`
}

describe('readClaims', () => {
  it('reads groups, permissions, merchant and expiry', () => {
    const claims = readClaims(token({ sub: 'a1', groups: ['customer', 'merchant-staff'], permissions: ['orders'],
      merchant_id: 'm-7', exp: 1700000000 }))
    expect(claims).toEqual({ subject: 'a1', groups: ['customer', 'merchant-staff'], permissions: ['orders'],
      merchantId: 'm-7', expiresAt: 1700000000000, verified: false, sessionId: undefined })
  })

  it('reads the verified real name and the session id', () => {
    const claims = readClaims(token({ sub: 'a1', verified: true, sid: 's-1', exp: 1 }))
    expect(claims.verified).toBe(true)
    expect(claims.sessionId).toBe('s-1')
  })

  it('decodes non-ASCII payloads', () => {
    expect(readClaims(token({ sub: '顾客', exp: 1 })).subject).toBe('顾客')
  })

  it('refuses what is not a JWT', () => {
    expect(() => readClaims('nonsense')).toThrow()
  })
})
