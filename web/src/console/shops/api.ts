import { api, call } from '../../shared/api/client'
import type { components } from '../../shared/api/schema'

export type ShopSummary = components['schemas']['ShopSummary']
export type ShopApplication = components['schemas']['ShopApplicationView']

/** The platform admins' shops. */
export function shops(query: { q?: string; page?: number; size?: number }) {
  return call(api.GET('/api/admin/merchants', { params: { query } }))
}

export function openShop(name: string, ownerLogin: string) {
  return call(api.POST('/api/admin/merchants', { body: { name, ownerLogin } }))
}

export function inviteOwner(id: string, login: string) {
  return call(api.POST('/api/admin/merchants/{id}/owner-invitations', { params: { path: { id } }, body: { login } }))
}

export function applications(query: { page?: number; size?: number }) {
  return call(api.GET('/api/admin/shop-applications', { params: { query: { status: 'PENDING', ...query } } }))
}

export function approveApplication(id: string, shopName?: string) {
  return call(api.POST('/api/admin/shop-applications/{id}/approve', { params: { path: { id } }, body: { shopName: shopName || null } }))
}

export function rejectApplication(id: string, reason: string) {
  return call(api.POST('/api/admin/shop-applications/{id}/reject', { params: { path: { id } }, body: { reason } }))
}
