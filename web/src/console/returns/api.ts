import { api, call } from '../../shared/api/client'
import type { components } from '../../shared/api/schema'

type Schemas = components['schemas']

export type ReturnView = Schemas['ReturnView']
export type ReturnSummary = Schemas['ReturnSummaryView']

/** `ReturnView.status` is a plain string in the document; the values the API writes. */
export const RETURN_STATUSES = ['REQUESTED', 'APPROVED', 'REJECTED', 'CANCELLED', 'SHIPPED_BACK', 'RECEIVED', 'REFUNDED'] as const
export type ReturnStatus = (typeof RETURN_STATUSES)[number]
export const RETURN_KINDS = ['RETURN', 'REFUND_ONLY'] as const
export const RETURN_REASONS = ['DAMAGED', 'WRONG_ITEM', 'NOT_AS_DESCRIBED', 'NOT_RECEIVED', 'NO_LONGER_NEEDED', 'OTHER'] as const

/** Whose returns a page shows: the merchant's own (permission `orders`, who answer them) or every shop's (the admin, read only). */
export type ReturnScope = 'merchant' | 'admin'

/** Returns newest first: the merchant's own, or for the platform admin every shop's. */
export function listReturns(scope: ReturnScope, query: { status?: ReturnStatus; page?: number; size?: number }) {
  return scope === 'admin'
    ? call(api.GET('/api/admin/returns', { params: { query } }))
    : call(api.GET('/api/merchant/returns', { params: { query } }))
}

export function getReturn(scope: ReturnScope, id: string) {
  return scope === 'admin'
    ? call(api.GET('/api/admin/returns/{id}', { params: { path: { id } } }))
    : call(api.GET('/api/merchant/returns/{id}', { params: { path: { id } } }))
}

/** Approves a request; a refund only is refunded at once (asked again, it finishes a refund that failed). */
export function approveReturn(id: string) {
  return call(api.POST('/api/merchant/returns/{id}/approve', { params: { path: { id } } }))
}

export function rejectReturn(id: string, reason: string) {
  return call(api.POST('/api/merchant/returns/{id}/reject', { params: { path: { id } }, body: { reason } }))
}

/** Records the goods received, per line whether they can be sold again, and refunds. */
export function receiveReturn(id: string, lines: { lineNo: number; resellable: boolean }[]) {
  return call(api.POST('/api/merchant/returns/{id}/receive', { params: { path: { id } }, body: { lines } }))
}
