import { describe, expect, it } from 'vitest'
import { ORDER_STATUSES } from '../api/types'
import { ORDER_TABS, orderTab } from './orderTabs'

describe('order tabs', () => {
  it('puts every status in exactly one tab besides "all"', () => {
    const shown = Object.entries(ORDER_TABS).filter(([tab]) => tab !== 'all').flatMap(([, statuses]) => [...statuses])
    expect([...shown].sort()).toEqual([...ORDER_STATUSES].sort())
  })

  it('reads the tab from the query and falls back to all', () => {
    expect(orderTab('toShip')).toBe('toShip')
    expect(orderTab('nonsense')).toBe('all')
    expect(orderTab(['toShip'])).toBe('all')
    expect(orderTab(undefined)).toBe('all')
  })
})
