import { api, call } from '../../shared/api/client'
import type { components } from '../../shared/api/schema'

export type NotificationSettings = components['schemas']['NotificationSettings']

export type SettingsChange = components['schemas']['SettingsChange']

/** The shopper's notification settings (members area): price drops by e-mail, replies from shops by e-mail or SMS. */
export const settingsApi = {
  notifications: () => call(api.GET('/api/me/notification-settings')),
  /** Changes the settings named; the others stay as they are. */
  changeNotifications: (change: SettingsChange) => call(api.PUT('/api/me/notification-settings', { body: change })),
}
