import { describe, expect, it } from 'vitest'
import { timeline } from './orderTimeline'

const base = {
  createdAt: '2026-12-01T10:00:00Z', paidAt: null, shippedAt: null, deliveredAt: null, completedAt: null, cancelledAt: null, history: [],
}

describe('order timeline', () => {
  it('marks the steps reached, the current one and those ahead', () => {
    const steps = timeline({ ...base, status: 'SHIPPED', paidAt: '2026-12-01T10:05:00Z', shippedAt: '2026-12-02T09:00:00Z' })
    expect(steps.map((s) => [s.status, s.state])).toEqual([
      ['AWAITING_PAYMENT', 'done'], ['PAID', 'done'], ['SHIPPED', 'current'], ['DELIVERED', 'ahead'], ['COMPLETED', 'ahead'],
    ])
    expect(steps[1]?.at).toBe('2026-12-01T10:05:00Z')
    expect(steps[3]?.at).toBeUndefined()
  })

  it('ends a cancelled order with the cancellation', () => {
    const steps = timeline({ ...base, status: 'CANCELLED', cancelledAt: '2026-12-01T11:00:00Z' })
    expect(steps.map((s) => [s.status, s.state, s.at])).toEqual([
      ['AWAITING_PAYMENT', 'done', '2026-12-01T10:00:00Z'], ['CANCELLED', 'current', '2026-12-01T11:00:00Z'],
    ])
  })

  it('takes the time of a refund from the history', () => {
    const steps = timeline({
      ...base, status: 'REFUNDED', paidAt: '2026-12-01T10:05:00Z',
      history: [{ from: 'PAID', to: 'REFUNDED', at: '2026-12-03T08:00:00Z', by: 'merchant', note: null }],
    })
    expect(steps.map((s) => s.status)).toEqual(['AWAITING_PAYMENT', 'PAID', 'REFUNDED'])
    expect(steps[2]?.at).toBe('2026-12-03T08:00:00Z')
  })
})
