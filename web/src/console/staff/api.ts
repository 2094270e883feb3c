import { api, call } from '../../shared/api/client'
import type { components } from '../../shared/api/schema'

export type MerchantMe = components['schemas']['MerchantMe']
export type StaffMember = components['schemas']['StaffMemberView']
export type Role = components['schemas']['RoleView']
export type RoleRef = components['schemas']['RoleRef']
export type Invitation = components['schemas']['InvitationView']
export type StaffPermission = components['schemas']['StaffPermission']

/** The signed-in member's shop, roles and permissions. */
export function merchantMe() {
  return call(api.GET('/api/merchant/me'))
}

export function staffMembers() {
  return call(api.GET('/api/merchant/staff'))
}

export function changeRoles(accountId: string, roleIds: string[]) {
  return call(api.PUT('/api/merchant/staff/{accountId}/roles', { params: { path: { accountId } }, body: { roleIds } }))
}

export function removeMember(accountId: string) {
  return call(api.DELETE('/api/merchant/staff/{accountId}', { params: { path: { accountId } } }))
}

export function roles() {
  return call(api.GET('/api/merchant/roles'))
}

export function createRole(name: string, permissions: StaffPermission[]) {
  return call(api.POST('/api/merchant/roles', { body: { name, permissions } }))
}

export function updateRole(id: string, name: string, permissions: StaffPermission[]) {
  return call(api.PUT('/api/merchant/roles/{id}', { params: { path: { id } }, body: { name, permissions } }))
}

export function deleteRole(id: string) {
  return call(api.DELETE('/api/merchant/roles/{id}', { params: { path: { id } } }))
}

export function invitations() {
  return call(api.GET('/api/merchant/invitations'))
}

export function invite(login: string, roleIds: string[]) {
  return call(api.POST('/api/merchant/invitations', { body: { login, roleIds } }))
}

export function revokeInvitation(id: string) {
  return call(api.DELETE('/api/merchant/invitations/{id}', { params: { path: { id } } }))
}
