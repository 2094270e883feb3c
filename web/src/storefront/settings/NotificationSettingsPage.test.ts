import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiProblem } from '../../shared/api/problem'
import { mountPage } from '../test/mount'

const settings = vi.hoisted(() => ({ notifications: vi.fn(), changeNotifications: vi.fn() }))
vi.mock('./api', () => ({ settingsApi: settings }))
const { default: NotificationSettingsPage } = await import('./NotificationSettingsPage.vue')

describe('NotificationSettingsPage', () => {
  beforeEach(() => Object.values(settings).forEach((f) => f.mockReset()))

  it('saves the price-drop e-mail box as soon as it changes', async () => {
    settings.notifications.mockResolvedValue({ priceDropEmail: false, email: null, messageNotices: true })
    settings.changeNotifications.mockResolvedValue({ priceDropEmail: true, email: 'me@example.com', messageNotices: true })
    const { wrapper } = await mountPage(NotificationSettingsPage)
    await flushPromises()
    await wrapper.find('[data-testid="price-drop-email"]').setValue(true)
    await flushPromises()
    expect(settings.changeNotifications).toHaveBeenCalledWith({ priceDropEmail: true })
    expect(wrapper.find('[data-testid="settings-notice"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="price-drop-email-to"]').text()).toContain('me@example.com')
  })

  it('puts the box back and says why when a phone-only account has no e-mail address', async () => {
    settings.notifications.mockResolvedValue({ priceDropEmail: false, email: null, messageNotices: true })
    settings.changeNotifications.mockRejectedValue(new ApiProblem({ type: 'https://bazaar.dev/problems/no-email-address', title: 'Unprocessable', status: 422 }))
    const { wrapper } = await mountPage(NotificationSettingsPage)
    await flushPromises()
    const box = wrapper.find('[data-testid="price-drop-email"]')
    await box.setValue(true)
    await flushPromises()
    expect((box.element as HTMLInputElement).checked).toBe(false)
    expect(wrapper.find('[data-testid="problem"]').text()).toContain('no e-mail address')
    expect(wrapper.find('[data-testid="settings-notice"]').exists()).toBe(false)
  })

  it('turns the e-mails of shops’ replies off on their own', async () => {
    settings.notifications.mockResolvedValue({ priceDropEmail: true, email: 'me@example.com', messageNotices: true })
    settings.changeNotifications.mockResolvedValue({ priceDropEmail: true, email: 'me@example.com', messageNotices: false })
    const { wrapper } = await mountPage(NotificationSettingsPage)
    await flushPromises()
    await wrapper.find('[data-testid="message-notices"]').setValue(false)
    await flushPromises()
    expect(settings.changeNotifications).toHaveBeenCalledWith({ messageNotices: false })
    expect((wrapper.find('[data-testid="message-notices"]').element as HTMLInputElement).checked).toBe(false)
    expect((wrapper.find('[data-testid="price-drop-email"]').element as HTMLInputElement).checked).toBe(true)
  })
})
