/** What the pages read from an access token to shape the menu; the API still checks every request itself. */
export interface Claims {
  subject: string
  groups: string[]
  permissions: string[]
  merchantId?: string
  expiresAt: number
  /** the real name is verified (member benefits) */
  verified: boolean
  /** the sign-in session the token belongs to */
  sessionId?: string
}

export function readClaims(token: string): Claims {
  const payload = token.split('.')[1]
  if (!payload) throw new Error('not a JWT')
  const json = JSON.parse(decodeBase64Url(payload)) as Record<string, unknown>
  return {
    subject: String(json.sub ?? ''),
    groups: asStrings(json.groups),
    permissions: asStrings(json.permissions),
    merchantId: json.merchant_id == null ? undefined : String(json.merchant_id),
    expiresAt: typeof json.exp === 'number' ? json.exp * 1000 : 0,
    verified: json.verified === true,
    sessionId: json.sid == null ? undefined : String(json.sid),
  }
}

function asStrings(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String)
  if (typeof value === 'string' && value) return value.split(/[\s,]+/)
  return []
}

function decodeBase64Url(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=')
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  return new TextDecoder().decode(bytes)
}
