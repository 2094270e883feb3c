import { describe, expect, it } from 'vitest'
import { filtersOf, formOf, queryOf } from './filters'

describe('message list filters', () => {
  it('read the form from the URL and leave empty filters out of the request', () => {
    const form = formOf({ productId: ' p-1 ', orderNumber: '', from: '2026-12-01', unread: 'true', to: ['x'] })
    expect(form).toEqual({ productId: 'p-1', orderNumber: '', from: '2026-12-01', to: '', unread: true })
    expect(filtersOf(form)).toEqual({ productId: 'p-1', from: '2026-12-01', unread: 'true' })
  })

  it('write nothing for an empty form, so the URL stays clean', () => {
    const empty = formOf({})
    expect(empty.unread).toBe(false)
    expect(queryOf(empty)).toEqual({})
    expect(queryOf({ ...empty, orderNumber: ' 2612 ' })).toEqual({ orderNumber: '2612' })
  })
})
