import { defineStore } from 'pinia'
import { ref } from 'vue'
import { useSession } from '../../shared/session/session'
import type { Access, Permission } from '../lib/access'
import { merchantMe, type MerchantMe } from './api'

/**
 * What the console shows a signed-in account, from the API's own answer: for merchant staff `GET /api/merchant/me`
 * (shop, roles, permissions), loaded once per sign-in session (a change of roles ends the session, so it cannot go
 * stale); groups come from the access token. The API checks every request again itself.
 */
export const useConsoleAccess = defineStore('console-access', () => {
  const session = useSession()
  const me = ref<MerchantMe>()
  let loadedFor: string | undefined

  /** Loads the member's shop and permissions when the signed-in session is not the one they were loaded for. */
  async function ensure() {
    const key = session.signedIn && session.isMerchantStaff ? `${session.claims?.subject}:${session.claims?.sessionId}` : undefined
    if (key === loadedFor) return
    loadedFor = key
    me.value = undefined
    if (!key) return
    try {
      me.value = await merchantMe()
    } catch {
      loadedFor = undefined
    }
  }

  function can(permission: Permission): boolean {
    return me.value?.permissions.includes(permission) ?? false
  }

  /** The Access the menu and the route guard decide with. */
  const access: Access = {
    get signedIn() { return session.signedIn },
    get isMerchantStaff() { return session.isMerchantStaff },
    get isPlatformAdmin() { return session.isPlatformAdmin },
    can,
  }

  return { me, ensure, can, access }
})
