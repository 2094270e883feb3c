import { describe, expect, it } from 'vitest'
import type { InboxNotification } from './api'
import { wording } from './wording'

const messages: Record<string, string> = {
  'storefront.members.inbox.kinds.ORDER': 'Order update',
  'storefront.members.inbox.kinds.PRICE_DROP': 'Price drop',
  'storefront.members.inbox.messages.order.paid': 'Order {number} is paid.',
  'storefront.members.inbox.messages.favourite.priceDropped': '{product} now {price} (was {was}).',
}
const t = (key: string, values?: Record<string, unknown>) =>
  (messages[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? ''))
const te = (key: string) => key in messages
const money = (minor: number | null | undefined, currency: string) => `${currency} ${((minor ?? 0) / 100).toFixed(2)}`

function notification(kind: InboxNotification['kind'], key: string, params: Record<string, string>): InboxNotification {
  return { id: '1', kind, key, params, link: null, read: false, createdAt: '2026-12-03T10:00:00Z', readAt: null }
}

describe('wording', () => {
  it('fills a known key with its parameters', () => {
    expect(wording(notification('ORDER', 'order.paid', { number: 'A1' }), t, te, money)).toEqual({ title: 'Order update', body: 'Order A1 is paid.' })
  })

  it('formats amounts in minor units as money of the given currency', () => {
    const n = notification('PRICE_DROP', 'favourite.priceDropped', { product: 'Lamp', priceMinor: '4200', wasMinor: '5000', currency: 'CNY' })
    expect(wording(n, t, te, money).body).toBe('Lamp now CNY 42.00 (was CNY 50.00).')
  })

  it('says only what kind of news an unknown key is', () => {
    expect(wording(notification('ORDER', 'order.somethingNew', {}), t, te, money)).toEqual({ title: 'Order update', body: '' })
  })
})
