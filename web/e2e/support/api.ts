import type { APIRequestContext } from '@playwright/test'

/** Demo accounts the local stack seeds (README: Demo logins). */
export const demo = {
  shopper: { login: 'shopper@bazaar.local', password: 'shopper-demo-pass' },
  owner: { login: 'owner@acme.bazaar.local', password: 'merchant-demo-pass' },
  staff: { login: 'staff@acme.bazaar.local', password: 'staff-demo-pass' },
  admin: { login: 'admin@bazaar.local', password: 'admin-demo-pass' },
}

/** An access token for setting a scene through the API (the steps under test go through the pages). */
export async function tokenOf(request: APIRequestContext, who: { login: string; password: string }): Promise<string> {
  const response = await request.post('/api/auth/login', { data: who })
  if (!response.ok()) throw new Error(`login of ${who.login}: HTTP ${response.status()} ${await response.text()}`)
  return (await response.json()).accessToken
}

/** A login nobody has used in this stack, so journeys can register again on every run. */
export function freshEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}@example.com`
}
