import { describe, expect, it } from 'vitest'
import { paymentReturn, withoutPaymentReturn } from './paymentReturn'

describe('paymentReturn', () => {
  it('reads the payment page return of the sandbox and Stripe', () => {
    expect(paymentReturn({ payment: 'p1', outcome: 'paid' })).toEqual({ paymentId: 'p1', outcome: 'paid' })
    expect(paymentReturn({ payment: 'p1', outcome: 'failed' })).toEqual({ paymentId: 'p1', outcome: 'failed' })
    expect(paymentReturn({ payment: ['p1', 'p2'], outcome: 'cancelled' })).toEqual({ paymentId: 'p1', outcome: 'cancelled' })
  })

  it('ignores anything else', () => {
    expect(paymentReturn({})).toBeUndefined()
    expect(paymentReturn({ payment: 'p1' })).toBeUndefined()
    expect(paymentReturn({ payment: 'p1', outcome: 'maybe' })).toBeUndefined()
    expect(paymentReturn({ payment: '', outcome: 'paid' })).toBeUndefined()
  })

  it('drops only its own keys', () => {
    expect(withoutPaymentReturn({ payment: 'p1', outcome: 'paid', page: '2' })).toEqual({ page: '2' })
  })
})
