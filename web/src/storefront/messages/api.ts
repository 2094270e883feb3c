import { api, call } from '../../shared/api/client'
import type { components } from '../../shared/api/schema'

type Schemas = components['schemas']
export type ThreadSummary = Schemas['MyThreadSummaryView']
export type Thread = Schemas['MyThreadView']
export type Message = Schemas['MessageView']
export type NewThread = Schemas['NewThreadRequest']

/** The shopper's conversations with shops (members area, /api/me/messages). */
export const messagesApi = {
  list: (page: number, size = 20) => call(api.GET('/api/me/messages', { params: { query: { page, size } } })),
  /** Once per Idempotency-Key: a retry with the same key and body answers with the thread already started. */
  start: (body: NewThread, idempotencyKey: string) =>
    call(api.POST('/api/me/messages', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),
  get: (id: string) => call(api.GET('/api/me/messages/{id}', { params: { path: { id } } })),
  post: (id: string, body: string, attachmentIds: string[], idempotencyKey: string) =>
    call(api.POST('/api/me/messages/{id}/messages', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body: { body, attachmentIds },
    })),
  unread: () => call(api.GET('/api/me/messages/unread-count')),
  ticket: (contentType: string, sizeBytes: number) =>
    call(api.POST('/api/me/messages/attachments', { body: { contentType, sizeBytes } })),
}
