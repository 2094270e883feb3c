import { api, call } from '../../shared/api/client'
import type { components } from '../../shared/api/schema'

export type ManagedReview = components['schemas']['ManagedReviewView']
export type ModerationQueue = 'held' | 'reported'

export function reviewQueue(queue: ModerationQueue, page: number, size = 20) {
  return call(api.GET('/api/admin/reviews', { params: { query: { queue, page, size } } }))
}

export function approveReview(id: string, note?: string) {
  return call(api.POST('/api/admin/reviews/{id}/approve', { params: { path: { id } }, body: { note } }))
}

export function rejectReview(id: string, note?: string) {
  return call(api.POST('/api/admin/reviews/{id}/reject', { params: { path: { id } }, body: { note } }))
}

export function merchantReviews(page: number, size = 20) {
  return call(api.GET('/api/merchant/reviews', { params: { query: { page, size } } }))
}

export function replyToReview(id: string, text: string) {
  return call(api.PUT('/api/merchant/reviews/{id}/reply', { params: { path: { id } }, body: { text } }))
}

export function reportReview(id: string, reason: string) {
  return call(api.POST('/api/merchant/reviews/{id}/report', { params: { path: { id } }, body: { reason } }))
}

/** "★★★☆☆" for 3 stars. */
export function stars(n: number): string {
  return '★'.repeat(n) + '☆'.repeat(5 - n)
}
