import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ReturnOptions, ReturnView } from './api'
import { mountPage } from '../test/mount'

const returns = vi.hoisted(() => ({ options: vi.fn(), request: vi.fn() }))
vi.mock('./api', async (original) => ({ ...(await original<typeof import('./api')>()), returnsApi: returns }))
const { default: ReturnRequestPage } = await import('./ReturnRequestPage.vue')

const options = (over: Partial<ReturnOptions> = {}): ReturnOptions => ({
  orderNumber: 'N1', currency: 'CNY', open: true, windowEndsAt: '2026-12-10T10:00:00Z', returns: [],
  lines: [
    { lineNo: 1, productName: 'Tee', attributes: { size: 'M' }, unitPriceMinor: 1000, quantity: 2, returnable: 2 },
    { lineNo: 2, productName: 'Cap', attributes: {}, unitPriceMinor: 500, quantity: 1, returnable: 0 },
  ],
  ...over,
})

describe('ReturnRequestPage', () => {
  beforeEach(() => Object.values(returns).forEach((f) => f.mockReset()))

  it('offers only the lines with units left and sends the chosen quantities, kind and reason', async () => {
    returns.options.mockResolvedValue(options())
    returns.request.mockResolvedValue({ returnId: 'r1' } as ReturnView)
    const { wrapper, router } = await mountPage(ReturnRequestPage, {}, '/account/returns/new/N1')
    await flushPromises()
    expect(returns.options).toHaveBeenCalledWith('N1')
    expect(wrapper.findAll('[data-testid="return-line"]')).toHaveLength(1)
    await wrapper.find('[data-testid="return-quantity-1"]').setValue(2)
    await wrapper.find('[data-testid="return-kind-REFUND_ONLY"]').setValue(true)
    await wrapper.find('[data-testid="return-reason"]').setValue('DAMAGED')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(returns.request).toHaveBeenCalledWith('N1', { kind: 'REFUND_ONLY', reason: 'DAMAGED', details: undefined,
      lines: [{ lineNo: 1, quantity: 2 }], photoIds: [] }, expect.any(String))
    expect(router.currentRoute.value.name).toBe('return')
  })

  it('retries a failed request with the same Idempotency-Key and uses a new one for a changed request', async () => {
    sessionStorage.clear()
    returns.options.mockResolvedValue(options())
    returns.request.mockRejectedValueOnce(new TypeError('Failed to fetch')).mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue({ returnId: 'r1' } as ReturnView)
    const { wrapper } = await mountPage(ReturnRequestPage, {}, '/account/returns/new/N1')
    await flushPromises()
    await wrapper.find('[data-testid="return-quantity-1"]').setValue(1)
    await wrapper.find('[data-testid="return-reason"]').setValue('DAMAGED')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const [first, retry] = returns.request.mock.calls.map((call) => call[2] as string)
    expect(first).toBeTruthy()
    expect(retry).toBe(first)
    await wrapper.find('[data-testid="return-quantity-1"]').setValue(2)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const changed = returns.request.mock.calls[2]?.[2] as string
    expect(changed).not.toBe(first)
  })

  it('says so when nothing can be returned any more', async () => {
    returns.options.mockResolvedValue(options({ open: false }))
    const { wrapper } = await mountPage(ReturnRequestPage, {}, '/account/returns/new/N1')
    await flushPromises()
    expect(wrapper.find('[data-testid="return-closed"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="return-submit"]').exists()).toBe(false)
  })

  it('asks for at least one unit before sending anything', async () => {
    returns.options.mockResolvedValue(options())
    const { wrapper } = await mountPage(ReturnRequestPage, {}, '/account/returns/new/N1')
    await flushPromises()
    await wrapper.find('[data-testid="return-reason"]').setValue('OTHER')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(returns.request).not.toHaveBeenCalled()
    expect(wrapper.text()).toContain('Choose at least one item')
  })
})
