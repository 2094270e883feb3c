import { defineStore } from 'pinia'
import { ref } from 'vue'
import { useSession } from '../../shared/session/session'
import { useCart } from './cart'

/** The readable marker the API sets next to the HttpOnly refresh cookie (SessionCookies.SIGNED_IN). */
const SIGNED_IN_MARKER = 'bazaar_signed_in'

export function hasSignInMarker(cookies: string = globalThis.document?.cookie ?? ''): boolean {
  return cookies.split(';').some((c) => c.trim().startsWith(`${SIGNED_IN_MARKER}=`) && c.trim() !== `${SIGNED_IN_MARKER}=`)
}

/**
 * The storefront's side of signing in and out: the guest cart joins the customer's after sign-in, and the cart is read
 * again after sign-out. Between registering and activating, the password is held in memory only (never stored), so
 * the shopper is signed in straight after entering the code.
 */
export const useAccount = defineStore('account', () => {
  const session = useSession()
  const cart = useCart()
  const pending = ref<{ login: string; password: string }>()
  let started: Promise<void> | undefined

  /** At start: sign in again from the refresh cookie when the marker says there is one, then read the cart. */
  function start(): Promise<void> {
    started ??= (async () => {
      if (hasSignInMarker()) await session.restore()
      await cart.load()
    })()
    return started
  }

  async function signIn(login: string, password: string) {
    await session.login(login, password)
    pending.value = undefined
    try {
      await cart.merge()
    } catch {
      // The guest lines stay in the guest cart; the customer's cart is still there to read.
      await cart.reset()
    }
  }

  async function signOut() {
    try {
      await session.logout()
    } finally {
      await cart.reset()
    }
  }

  function remember(login: string, password: string) {
    pending.value = { login, password }
  }

  /** After activation: sign in with the remembered password, or refresh to get the buyer's token; false when neither. */
  async function afterActivation(login: string): Promise<boolean> {
    if (pending.value && pending.value.login === login) {
      await signIn(pending.value.login, pending.value.password)
      return true
    }
    if (session.signedIn) return session.refresh()
    return false
  }

  return { start, signIn, signOut, remember, afterActivation, pending }
})
