import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, call, useTokens } from '../api/client'
import type { components } from '../api/schema'
import { readClaims, type Claims } from './claims'

type Account = components['schemas']['ProfileView']
type Tokens = components['schemas']['TokenResponse']

/** Refresh this long before the access token expires, so a request never leaves with a token about to lapse. */
const EARLY_MS = 30_000

/**
 * The signed-in session. The access token lives only in memory; the refresh token only in the HttpOnly
 * `bazaar_refresh` cookie, so a reload signs in again by refreshing. Refreshes are serialised across tabs with a
 * Web Lock: the API revokes a whole sign-in when a used refresh token comes back, which two tabs refreshing at once
 * would otherwise do.
 */
export const useSession = defineStore('session', () => {
  const accessToken = ref<string>()
  const claims = ref<Claims>()
  const account = ref<Account>()
  const restored = ref(false)
  let refreshing: Promise<boolean> | undefined

  const signedIn = computed(() => accessToken.value !== undefined)
  const activated = computed(() => claims.value?.groups.includes('buyer') ?? false)
  const isMerchantStaff = computed(() => claims.value?.groups.includes('merchant-staff') ?? false)
  const isPlatformAdmin = computed(() => claims.value?.groups.includes('platform-admin') ?? false)

  function can(permission: string): boolean {
    return claims.value?.permissions.includes(permission) ?? false
  }

  function take(tokens: Tokens | undefined) {
    if (!tokens?.accessToken) throw new Error('the API answered without an access token')
    accessToken.value = tokens.accessToken
    claims.value = readClaims(tokens.accessToken)
    account.value = tokens.account ?? account.value
  }

  /** Drops the session in this tab, for when the API ended it (sign-out everywhere, account deleted). */
  function forget() {
    accessToken.value = undefined
    claims.value = undefined
    account.value = undefined
  }

  async function login(login: string, password: string) {
    take(await call(api.POST('/api/auth/login', { body: { login, password } })))
  }

  /** One refresh at a time, in this tab and across tabs; false when there is no sign-in to refresh. */
  function refresh(): Promise<boolean> {
    refreshing ??= withLock(async () => {
      try {
        take(await call(api.POST('/api/auth/refresh', { body: {} })))
        return true
      } catch {
        forget()
        return false
      }
    }).finally(() => (refreshing = undefined))
    return refreshing
  }

  /** At start: sign in again from the refresh cookie, if there is one. */
  async function restore() {
    if (!restored.value) {
      await refresh()
      restored.value = true
    }
  }

  async function logout() {
    try {
      await call(api.POST('/api/auth/logout', { body: {} }))
    } finally {
      forget()
    }
  }

  useTokens({
    async accessToken() {
      if (claims.value && claims.value.expiresAt - Date.now() < EARLY_MS) await refresh()
      return accessToken.value
    },
    recover: refresh,
  })

  return { accessToken, claims, account, restored, signedIn, activated, isMerchantStaff, isPlatformAdmin,
    can, login, refresh, restore, logout, forget }
})

function withLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks
  return locks ? (locks.request('bazaar-refresh', work) as Promise<T>) : work()
}
