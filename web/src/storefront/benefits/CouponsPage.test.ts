import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiProblem } from '../../shared/api/problem'
import { mountPage } from '../test/mount'
import type { OfferedCoupon, WalletCoupon } from './api'

const benefits = vi.hoisted(() => ({ wallet: vi.fn(), available: vi.fn(), collect: vi.fn() }))
vi.mock('./api', () => ({ benefitsApi: benefits }))

const { default: CouponsPage } = await import('./CouponsPage.vue')

const offered: OfferedCoupon = {
  id: 'c1', code: 'SPRING15', merchantId: null, kind: 'PERCENT', amountMinor: null, currency: null, percent: 15, minSpendMinor: 5000,
  validFrom: '2026-01-01T00:00:00Z', validUntil: '2027-01-01T00:00:00Z', validDays: 7, collectUntil: null, left: 3, perCustomerLimit: 1,
  membersOnly: true,
}
const held: WalletCoupon = {
  id: 'w1', coupon: offered, collectedAt: '2026-12-01T00:00:00Z', validFrom: '2026-12-01T00:00:00Z', validUntil: '2026-12-08T00:00:00Z',
  state: 'USABLE', usedAt: null,
}

describe('CouponsPage', () => {
  beforeEach(() => {
    Object.values(benefits).forEach((f) => f.mockReset())
  })

  it('collects a coupon from the centre into the wallet', async () => {
    benefits.wallet.mockResolvedValueOnce([]).mockResolvedValue([held])
    benefits.available.mockResolvedValue([offered])
    benefits.collect.mockResolvedValue(held)
    const { wrapper } = await mountPage(CouponsPage)
    await flushPromises()
    expect(wrapper.find('[data-testid="wallet-empty"]').exists()).toBe(true)
    const card = wrapper.find('[data-testid="offered-coupon"]')
    expect(card.text()).toContain('15 % off')
    expect(card.text()).toContain('Members only')
    expect(card.text()).toContain('Valid 7 days after collecting')
    await card.find('[data-testid="collect"]').trigger('click')
    await flushPromises()
    expect(benefits.collect).toHaveBeenCalledWith('c1')
    expect(wrapper.find('[data-testid="collected"]').text()).toContain('SPRING15')
    expect(wrapper.find('[data-testid="wallet-coupon"]').attributes('data-state')).toBe('USABLE')
  })

  it('says why a coupon cannot be collected', async () => {
    benefits.wallet.mockResolvedValue([])
    benefits.available.mockResolvedValue([offered])
    benefits.collect.mockRejectedValue(new ApiProblem({ type: 'https://bazaar.dev/problems/members-only', title: 'Forbidden', status: 403 }))
    const { wrapper } = await mountPage(CouponsPage)
    await flushPromises()
    await wrapper.find('[data-testid="collect"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="problem"]').text()).toContain('This coupon is for verified members.')
  })
})
