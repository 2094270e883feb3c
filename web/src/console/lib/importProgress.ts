import type { ImportCounts, ImportStatus } from '../api/views'

export interface ImportProgress {
  /** 0..100, whole numbers */
  percent: number
  /** no meaningful fraction yet: queued, or still finding pages */
  indeterminate: boolean
  finished: boolean
  /** pages done and pages known, for "12 / 40" */
  done: number
  total: number
}

/**
 * How far a job is. Queued and discovering jobs have no fraction yet (discovery keeps adding pages); importing ones
 * are pages processed over pages discovered, held below 100 until the job says it is finished; finished ones are 100,
 * whatever their counts (a job can end early: the limit, robots.txt, an unreadable sitemap).
 */
export function importProgress(job: { status: ImportStatus; counts: ImportCounts }): ImportProgress {
  const { discovered, processed } = job.counts
  const done = Math.max(0, processed)
  const total = Math.max(done, discovered)
  if (job.status === 'COMPLETED' || job.status === 'FAILED') {
    return { percent: 100, indeterminate: false, finished: true, done, total }
  }
  if (job.status === 'QUEUED' || job.status === 'DISCOVERING' || total === 0) {
    return { percent: 0, indeterminate: true, finished: false, done, total }
  }
  return { percent: Math.min(99, Math.floor((done * 100) / total)), indeterminate: false, finished: false, done, total }
}

/** How long to wait before asking again: quickly while it runs, never once finished. */
export function nextPollMs(progress: ImportProgress, attempt: number): number | undefined {
  if (progress.finished) return undefined
  return Math.min(5000, 1000 + attempt * 250)
}
