import { describe, expect, it } from 'vitest'
import { sharedMessages } from '../../shared/i18n/messages'
import { ORDER_STATUSES } from '../api/types'
import { ORDER_TABS } from '../lib/orderTabs'
import { PAYMENT_OUTCOMES } from '../lib/paymentReturn'
import { SORTS } from '../lib/searchQuery'
import { storefrontMessages } from './messages'

// The storefront's own sources as text.
const sources = import.meta.glob<string>(['../**/*.vue', '../**/*.ts', '!../**/*.test.ts'], { query: '?raw', import: 'default', eager: true })

function lookup(locale: 'en' | 'zh-CN', key: string): unknown {
  let node: unknown = { ...sharedMessages[locale], ...storefrontMessages[locale] }
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  return node
}

describe('storefront messages', () => {
  it('has every key the pages use, in English and Chinese', () => {
    const keys = new Set<string>()
    for (const text of Object.values(sources)) {
      for (const match of text.matchAll(/\bt\('((?:storefront|common)\.[A-Za-z0-9_.]+)'/g)) keys.add(match[1]!)
    }
    for (const s of ORDER_STATUSES) keys.add(`storefront.status.${s}`).add(`storefront.timeline.${s}`)
    for (const s of SORTS) keys.add(`storefront.sort.${s}`)
    for (const tab of Object.keys(ORDER_TABS)) keys.add(`storefront.orders.tabs.${tab}`)
    for (const o of PAYMENT_OUTCOMES) keys.add(`storefront.orders.returned.${o}`)
    expect(keys.size).toBeGreaterThan(100)
    const missing = [...keys].flatMap((key) => (['en', 'zh-CN'] as const).filter((l) => typeof lookup(l, key) !== 'string').map((l) => `${l}: ${key}`))
    expect(missing).toEqual([])
  })

  it('writes no literal @ (vue-i18n would read it as a linked message)', () => {
    const strings = (node: unknown): string[] =>
      typeof node === 'string' ? [node] : Object.values(node as Record<string, unknown>).flatMap(strings)
    expect(strings(storefrontMessages).filter((s) => s.includes('@'))).toEqual([])
  })
})
