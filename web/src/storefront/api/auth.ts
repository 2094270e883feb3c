import { api, call } from '../../shared/api/client'
import type { Registered } from './types'

export type RegisterBody = { email?: string; phone?: string; password: string; displayName?: string }

export const authApi = {
  register: (body: RegisterBody) => call(api.POST('/api/auth/register', { body })) as Promise<Registered>,
  activate: (login: string, code: string) => call(api.POST('/api/auth/activate', { body: { login, code } })).then(() => undefined),
  resendActivation: (login: string) => call(api.POST('/api/auth/activation-code', { body: { login } })).then(() => undefined),
  requestReset: (login: string) => call(api.POST('/api/auth/password-reset', { body: { login } })).then(() => undefined),
  confirmReset: (login: string, code: string, newPassword: string) =>
    call(api.POST('/api/auth/password-reset/confirm', { body: { login, code, newPassword } })).then(() => undefined),
}
