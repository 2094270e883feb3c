import { api, call } from '../../shared/api/client'
import type { components } from '../../shared/api/schema'

type Schemas = components['schemas']

export type ShopProfile = Schemas['ShopProfileView']
export type ShopProfileUpdate = Schemas['ShopProfileUpdate']
export type ServiceHours = Schemas['ServiceHours']
export type AuditEntry = Schemas['AuditEntryView']
export type AuditPage = Schemas['AuditPage']

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** The shop profile (permission `settings`) and the staff audit log (permission `staff`), both in identity. */
export const shopApi = {
  profile: () => call(api.GET('/api/merchant/shop')),
  save: (body: ShopProfileUpdate) => call(api.PUT('/api/merchant/shop', { body })),
  /** Ticket, PUT straight to storage, confirmation: the profile with its new logo. */
  async uploadLogo(file: File): Promise<ShopProfile> {
    const ticket = await call(api.POST('/api/merchant/shop/logo/uploads', { body: { contentType: file.type, sizeBytes: file.size } }))
    const put = await fetch(ticket.uploadUrl, { method: ticket.method, headers: ticket.headers, body: file })
    if (!put.ok) throw new Error(`upload refused (${put.status})`)
    return call(api.PUT('/api/merchant/shop/logo', { body: { uploadId: ticket.imageId } }))
  },
  removeLogo: () => call(api.DELETE('/api/merchant/shop/logo')),
  audit: (query: { staff?: string; from?: string; to?: string; cursor?: string; size?: string }) =>
    call(api.GET('/api/merchant/audit', { params: { query } })),
}
