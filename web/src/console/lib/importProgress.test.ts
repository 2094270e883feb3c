import { describe, expect, it } from 'vitest'
import type { ImportCounts } from '../api/views'
import { importProgress, nextPollMs } from './importProgress'

const counts = (discovered: number, processed: number): ImportCounts =>
  ({ discovered, processed, imported: processed, updated: 0, unchanged: 0, skipped: 0, failed: 0 })

describe('importProgress', () => {
  it('has no fraction while queued or discovering', () => {
    expect(importProgress({ status: 'QUEUED', counts: counts(0, 0) })).toMatchObject({ percent: 0, indeterminate: true, finished: false })
    expect(importProgress({ status: 'DISCOVERING', counts: counts(12, 0) })).toMatchObject({ indeterminate: true, total: 12 })
  })

  it('is pages processed over pages discovered while importing, rounded down', () => {
    expect(importProgress({ status: 'IMPORTING', counts: counts(3, 1) })).toMatchObject({ percent: 33, indeterminate: false, done: 1, total: 3 })
    expect(importProgress({ status: 'IMPORTING', counts: counts(0, 0) })).toMatchObject({ indeterminate: true })
  })

  it('stays below 100 until the job says it is finished', () => {
    expect(importProgress({ status: 'IMPORTING', counts: counts(6, 6) }).percent).toBe(99)
  })

  it('is 100 once completed or failed, even when it ended early', () => {
    expect(importProgress({ status: 'COMPLETED', counts: counts(6, 6) })).toMatchObject({ percent: 100, finished: true })
    expect(importProgress({ status: 'COMPLETED', counts: counts(0, 0) })).toMatchObject({ percent: 100, finished: true })
    expect(importProgress({ status: 'FAILED', counts: counts(10, 2) })).toMatchObject({ percent: 100, finished: true, done: 2, total: 10 })
  })

  it('never shows more done than known', () => {
    expect(importProgress({ status: 'IMPORTING', counts: counts(2, 5) })).toMatchObject({ done: 5, total: 5 })
  })

  it('stops polling once finished and slows down while running', () => {
    expect(nextPollMs(importProgress({ status: 'COMPLETED', counts: counts(1, 1) }), 3)).toBeUndefined()
    const running = importProgress({ status: 'IMPORTING', counts: counts(4, 1) })
    expect(nextPollMs(running, 0)).toBe(1000)
    expect(nextPollMs(running, 100)).toBe(5000)
  })
})
