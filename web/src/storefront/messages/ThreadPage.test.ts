import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mountPage } from '../test/mount'

const messages = vi.hoisted(() => ({ get: vi.fn(), post: vi.fn(), ticket: vi.fn(), unread: vi.fn(), list: vi.fn(), start: vi.fn() }))
vi.mock('./api', () => ({ messagesApi: messages }))
const { default: ThreadPage } = await import('./ThreadPage.vue')

const thread = {
  id: 't1', merchantId: 'm1', shopName: 'Acme', productId: null, productName: null, orderNumber: 'N1',
  createdAt: '2026-12-04T01:00:00Z', lastMessageAt: '2026-12-04T01:05:00Z',
  messages: [
    { id: 1, author: 'SHOPPER', body: '<script>alert(1)</script> <b>bold</b>', deleted: false, createdAt: '2026-12-04T01:00:00Z', attachments: [] },
    { id: 2, author: 'STAFF', body: null, deleted: true, createdAt: '2026-12-04T01:05:00Z', attachments: [] },
  ],
}

describe('ThreadPage', () => {
  beforeEach(() => {
    Object.values(messages).forEach((f) => f.mockReset())
    messages.unread.mockResolvedValue({ unread: 0 })
  })

  it('shows every text as text and a deleted message as deleted', async () => {
    messages.get.mockResolvedValue(thread)
    const { wrapper } = await mountPage(ThreadPage, {}, '/account/messages/t1')
    await flushPromises()
    const body = wrapper.find('[data-testid="message-body"]')
    expect(body.text()).toBe('<script>alert(1)</script> <b>bold</b>')
    expect(body.find('script').exists()).toBe(false)
    expect(body.find('b').exists()).toBe(false)
    expect(wrapper.find('[data-testid="message-deleted"]').text()).toBe('Message deleted')
  })

  it('sends the composer’s text with a fresh Idempotency-Key and shows the thread again', async () => {
    messages.get.mockResolvedValue(thread)
    messages.post.mockResolvedValue({})
    const { wrapper } = await mountPage(ThreadPage, {}, '/account/messages/t1')
    await flushPromises()
    expect(wrapper.find('[data-testid="message-composer-send"]').attributes('disabled')).toBeDefined()
    await wrapper.find('[data-testid="message-composer-body"]').setValue('Thanks!')
    await wrapper.find('[data-testid="message-composer"]').trigger('submit')
    await flushPromises()
    expect(messages.post).toHaveBeenCalledWith('t1', 'Thanks!', [], expect.stringMatching(/^[0-9a-f-]{36}$/))
    expect(messages.get).toHaveBeenCalledTimes(2)
    expect((wrapper.find('[data-testid="message-composer-body"]').element as HTMLTextAreaElement).value).toBe('')
  })
})
