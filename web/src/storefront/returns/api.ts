import { api, call } from '../../shared/api/client'
import type { components } from '../../shared/api/schema'

type Schemas = components['schemas']

export type ReturnView = Schemas['ReturnView']
export type ReturnSummary = Schemas['ReturnSummaryView']
export type ReturnOptions = Schemas['ReturnOptionsView']
export type NewReturn = Schemas['NewReturnRequest']

/** The document types these as plain strings in responses; the values the API writes. */
export const RETURN_KINDS = ['RETURN', 'REFUND_ONLY'] as const
export const RETURN_REASONS = ['DAMAGED', 'WRONG_ITEM', 'NOT_AS_DESCRIBED', 'NOT_RECEIVED', 'NO_LONGER_NEEDED', 'OTHER'] as const
export const RETURN_STATUSES = ['REQUESTED', 'APPROVED', 'REJECTED', 'CANCELLED', 'SHIPPED_BACK', 'RECEIVED', 'REFUNDED'] as const
/** Most photos one return may carry (bazaar.orders.max-return-photos). */
export const MAX_PHOTOS = 6
/** Image types the API accepts for photos. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif']

export const returnsApi = {
  /** What may still be returned of one of my orders, until when, and its returns so far. */
  options: (number: string) => call(api.GET('/api/orders/{number}/returns', { params: { path: { number } } })),
  /** Asks once per Idempotency-Key: a retry with the same key and body answers with the return already asked for. */
  request: (number: string, body: NewReturn, idempotencyKey: string) =>
    call(api.POST('/api/orders/{number}/returns', { params: { path: { number }, header: { 'Idempotency-Key': idempotencyKey } }, body })),
  list: (page: number, size = 20) => call(api.GET('/api/me/returns', { params: { query: { page, size } } })),
  get: (id: string) => call(api.GET('/api/me/returns/{id}', { params: { path: { id } } })),
  cancel: (id: string) => call(api.POST('/api/me/returns/{id}/cancel', { params: { path: { id } } })),
  shipBack: (id: string, carrier: string, trackingNumber: string) =>
    call(api.POST('/api/me/returns/{id}/ship-back', { params: { path: { id } }, body: { carrier, trackingNumber } })),
  photoTicket: (contentType: string, sizeBytes: number) =>
    call(api.POST('/api/me/returns/photos', { body: { contentType, sizeBytes } })),
}

/** A photo's bytes could not be stored (the object store refused the upload). */
export class PhotoUploadFailed extends Error {
  constructor(readonly status: number) {
    super(`upload refused (${status})`)
    this.name = 'PhotoUploadFailed'
  }
}

/** A presigned URL from the API, then the bytes PUT straight to the object store; answers the photo's id. */
export async function uploadPhoto(file: File, put: typeof fetch = fetch): Promise<string> {
  const ticket = await returnsApi.photoTicket(file.type, file.size)
  const response = await put(ticket.uploadUrl, { method: ticket.method || 'PUT', headers: ticket.headers, body: file })
  if (!response.ok) throw new PhotoUploadFailed(response.status)
  return ticket.photoId
}
