import { api, call } from '../../shared/api/client'
import type { components } from '../../shared/api/schema'

export type Verification = components['schemas']['VerificationView']
export type VerificationStatus = components['schemas']['VerificationStatus']

/** The platform admins' real-name queue (the manual verification provider). */
export function verifications(query: { status?: VerificationStatus; page?: number; size?: number }) {
  return call(api.GET('/api/identity/verifications', { params: { query } }))
}

export function approveVerification(id: string) {
  return call(api.POST('/api/identity/verifications/{id}/approve', { params: { path: { id } } }))
}

export function rejectVerification(id: string, reason: string) {
  return call(api.POST('/api/identity/verifications/{id}/reject', { params: { path: { id } }, body: { reason } }))
}
