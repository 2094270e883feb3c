import { api, call } from '../../shared/api/client'
import type { RegisterRequest } from './types'

export const authApi = {
  register: (body: RegisterRequest) => call(api.POST('/api/auth/register', { body })),
  activate: (login: string, code: string) => call(api.POST('/api/auth/activate', { body: { login, code } })).then(() => undefined),
  resendActivation: (login: string) => call(api.POST('/api/auth/activation-code', { body: { login } })).then(() => undefined),
  requestReset: (login: string) => call(api.POST('/api/auth/password-reset', { body: { login } })).then(() => undefined),
  confirmReset: (login: string, code: string, newPassword: string) =>
    call(api.POST('/api/auth/password-reset/confirm', { body: { login, code, newPassword } })).then(() => undefined),
}
