import { api, call } from '../../shared/api/client'

/** A business applies for a shop (public). */
export function applyForShop(body: { businessName: string; contactName: string; contact: string; message: string | null }) {
  return call(api.POST('/api/shop-applications', { body }))
}

/** Accepts an invitation to a shop's staff with its code and the login's password. */
export function acceptInvitation(body: { login: string; code: string; password: string; displayName: string | null }) {
  return call(api.POST('/api/auth/invitations/accept', { body }))
}
