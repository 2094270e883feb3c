import type { LocationQuery } from 'vue-router'

/** Where to go after signing in: a path of this shop only (never another origin, never back to a sign-in page). */
export function safeRedirect(query: LocationQuery | undefined, fallback = '/'): string {
  const value = query?.redirect
  const target = Array.isArray(value) ? value[0] : value
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback
  if (/^\/(login|register|activate|forgot-password)(\/|\?|$)/.test(target)) return fallback
  return target
}
