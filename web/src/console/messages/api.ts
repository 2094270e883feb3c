import { api, call } from '../../shared/api/client'
import type { components } from '../../shared/api/schema'

type Schemas = components['schemas']
export type ShopThreadSummary = Schemas['ShopThreadSummaryView']
export type ShopThread = Schemas['ShopThreadView']
export type StaffMessage = Schemas['StaffMessageView']

/** The list's filters as the API reads them; empty ones are left out. */
export interface ThreadFilters {
  productId?: string
  orderNumber?: string
  from?: string
  to?: string
  unread?: 'true'
}

/** The shop's conversations with customers (members area, /api/merchant/messages; permission MESSAGES). */
export const shopMessagesApi = {
  list: (filters: ThreadFilters, cursor: string | undefined, limit = 20) =>
    call(api.GET('/api/merchant/messages', { params: { query: { ...filters, cursor, limit } } })),
  unread: () => call(api.GET('/api/merchant/messages/unread-count')),
  get: (id: string) => call(api.GET('/api/merchant/messages/{id}', { params: { path: { id } } })),
  reply: (id: string, body: string, attachmentIds: string[], idempotencyKey: string) =>
    call(api.POST('/api/merchant/messages/{id}/messages', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body: { body, attachmentIds },
    })),
  remove: (id: string, messageId: number) =>
    call(api.DELETE('/api/merchant/messages/{id}/messages/{messageId}', { params: { path: { id, messageId } } })),
  ticket: (contentType: string, sizeBytes: number) =>
    call(api.POST('/api/merchant/messages/attachments', { body: { contentType, sizeBytes } })),
}
