import { api, call } from '../../shared/api/client'
import type { components } from '../../shared/api/schema'

export type NotificationSettings = components['schemas']['NotificationSettings']

/** The shopper's notification settings (members area): whether price drops are also e-mailed. */
export const settingsApi = {
  notifications: () => call(api.GET('/api/me/notification-settings')),
  changeNotifications: (priceDropEmail: boolean) => call(api.PUT('/api/me/notification-settings', { body: { priceDropEmail } })),
}
