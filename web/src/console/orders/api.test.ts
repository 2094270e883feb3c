import { describe, expect, it } from 'vitest'
import { exportProgress, exportRunning } from './api'

describe('export progress', () => {
  it('is indeterminate until the worker knows the total, then orders done over the total, held below 100', () => {
    expect(exportProgress({ state: 'QUEUED', rowsTotal: null, ordersDone: 0 })).toMatchObject({ indeterminate: true, finished: false })
    expect(exportProgress({ state: 'RUNNING', rowsTotal: 200, ordersDone: 50 })).toMatchObject({ percent: 25, indeterminate: false })
    expect(exportProgress({ state: 'RUNNING', rowsTotal: 200, ordersDone: 200 }).percent).toBe(99)
    expect(exportProgress({ state: 'DONE', rowsTotal: 200, ordersDone: 200 })).toMatchObject({ percent: 100, finished: true })
    expect(exportProgress({ state: 'FAILED', rowsTotal: 0, ordersDone: 0 }).finished).toBe(true)
  })

  it('runs while queued or running only', () => {
    expect(exportRunning({ state: 'QUEUED' })).toBe(true)
    expect(exportRunning({ state: 'RUNNING' })).toBe(true)
    expect(exportRunning({ state: 'DONE' })).toBe(false)
    expect(exportRunning({ state: 'FAILED' })).toBe(false)
  })
})
