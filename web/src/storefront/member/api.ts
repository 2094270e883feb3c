import { api, call } from '../../shared/api/client'
import type { components } from '../../shared/api/schema'

export type Profile = components['schemas']['ProfileView']
export type ProfileUpdate = components['schemas']['ProfileUpdate']
export type Gender = components['schemas']['Gender']
export type SessionView = components['schemas']['SessionView']
export type MyVerification = components['schemas']['MyVerification']
export type DocumentType = components['schemas']['DocumentType']

export const GENDERS: Gender[] = ['UNSPECIFIED', 'FEMALE', 'MALE', 'OTHER']
export const DOCUMENT_TYPES: DocumentType[] = ['CN_RESIDENT_ID', 'PASSPORT']

/** The member centre's calls to identity: profile, avatar, security, sessions, deletion, data, real-name verification. */
export const memberApi = {
  profile: () => call(api.GET('/api/me')),
  updateProfile: (body: ProfileUpdate) => call(api.PATCH('/api/me', { body })),

  /** Ticket, PUT straight to storage, confirmation: the profile with its new avatar. */
  async uploadAvatar(file: File): Promise<Profile> {
    const ticket = await call(api.POST('/api/me/avatar/uploads', { body: { contentType: file.type, sizeBytes: file.size } }))
    const put = await fetch(ticket.uploadUrl, { method: ticket.method, headers: ticket.headers, body: file })
    if (!put.ok) throw new Error(`upload refused (${put.status})`)
    return call(api.PUT('/api/me/avatar', { body: { uploadId: ticket.uploadId } }))
  },
  removeAvatar: () => call(api.DELETE('/api/me/avatar')),

  changePassword: (currentPassword: string, newPassword: string) =>
    call(api.POST('/api/me/password', { body: { currentPassword, newPassword } })).then(() => undefined),
  requestContactChange: (kind: 'email' | 'phone', newValue: string, password: string) =>
    call(kind === 'email'
      ? api.POST('/api/me/email-change', { body: { newValue, password } })
      : api.POST('/api/me/phone-change', { body: { newValue, password } })).then(() => undefined),
  confirmContactChange: (kind: 'email' | 'phone', newValue: string, code: string) =>
    call(kind === 'email'
      ? api.POST('/api/me/email-change/confirm', { body: { newValue, code } })
      : api.POST('/api/me/phone-change/confirm', { body: { newValue, code } })),

  sessions: () => call(api.GET('/api/me/sessions')),
  endSession: (sessionId: string) =>
    call(api.DELETE('/api/me/sessions/{sessionId}', { params: { path: { sessionId } } })).then(() => undefined),
  endOtherSessions: () => call(api.DELETE('/api/me/sessions/others')).then(() => undefined),
  endAllSessions: () => call(api.DELETE('/api/me/sessions')).then(() => undefined),

  deleteAccount: (password: string) => call(api.POST('/api/me/deletion', { body: { password } })).then(() => undefined),
  /** The data download as a JSON text, to save as a file. */
  data: () => call(api.GET('/api/me/data')),

  verification: () => call(api.GET('/api/me/verification')),
  submitVerification: (legalName: string, documentType: DocumentType, documentNumber: string) =>
    call(api.POST('/api/me/verification', { body: { legalName, documentType, documentNumber } })),
}
