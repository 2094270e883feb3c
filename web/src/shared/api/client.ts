import createClient, { type Middleware } from 'openapi-fetch'
import { ApiProblem, toProblem } from './problem'
import type { paths } from './schema'

/**
 * What the client needs from the signed-in session; the session store provides it. Kept as an interface so the
 * client does not import the store (the store itself calls the API).
 */
export interface TokenSource {
  /** A valid access token, refreshed first when it is about to expire; undefined for a guest. */
  accessToken(): Promise<string | undefined>
  /** After a 401: refresh once; true when a new token is there to retry with. */
  recover(): Promise<boolean>
}

let tokens: TokenSource | undefined

export function useTokens(source: TokenSource): void {
  tokens = source
}

const SESSION_PATHS = ['/api/auth/login', '/api/auth/refresh', '/api/auth/logout']
const retries = new WeakMap<Request, Request>()

const auth: Middleware = {
  async onRequest({ request }) {
    if (SESSION_PATHS.some((p) => new URL(request.url).pathname === p)) return request
    const token = await tokens?.accessToken()
    if (token) {
      request.headers.set('Authorization', `Bearer ${token}`)
      // Only a request with a token can be answered 401 and retried after a refresh; guests' bodies are not copied.
      retries.set(request, request.clone())
    }
    return request
  },
  async onResponse({ request, response }) {
    const spare = retries.get(request)
    if (response.status !== 401 || !spare || !request.headers.has('Authorization') || !tokens) return response
    if (!(await tokens.recover())) return response
    const token = await tokens.accessToken()
    if (token) spare.headers.set('Authorization', `Bearer ${token}`)
    return fetch(spare)
  },
}

/** The typed Bazaar API client; same origin, so the HttpOnly refresh and cart cookies travel by themselves. */
export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '', credentials: 'same-origin' })
api.use(auth)

/** Unwraps an openapi-fetch result: the data, or an ApiProblem thrown for an error answer. */
export async function call<T>(
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result
  try {
    result = await request
  } catch {
    throw new ApiProblem(toProblem(0, undefined))
  }
  if (result.error !== undefined || !result.response.ok) {
    throw new ApiProblem(toProblem(result.response.status, result.error))
  }
  return result.data as T
}
