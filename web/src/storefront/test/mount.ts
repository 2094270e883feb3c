import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { Component } from 'vue'
import { createI18n } from 'vue-i18n'
import { createMemoryHistory, createRouter } from 'vue-router'
import { sharedMessages } from '../../shared/i18n/messages'
import { storefrontMessages } from '../i18n/messages'

/** A component mounted with what the storefront gives every page: English messages, a Pinia and a router. */
export async function mountPage<C extends Component>(component: C, options: ComponentMountingOptions<C> = {}, path = '/') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const i18n = createI18n({
    legacy: false,
    locale: 'en',
    fallbackLocale: 'en',
    messages: { en: { ...sharedMessages.en, ...storefrontMessages.en }, 'zh-CN': { ...sharedMessages['zh-CN'], ...storefrontMessages['zh-CN'] } },
  })
  const stub = { template: '<div />' }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: ['/', '/search', '/cart', '/checkout', '/orders', '/login', '/register', '/activate', '/categories', '/forgot-password']
      .map((p) => ({ path: p, name: p === '/' ? 'home' : p.slice(1), component: stub }))
      .concat([
        { path: '/product/:id', name: 'product', component: stub },
        { path: '/orders/:number', name: 'order', component: stub },
        { path: '/account/returns', name: 'returns', component: stub },
        { path: '/account/returns/:id', name: 'return', component: stub },
        { path: '/account/returns/new/:number', name: 'return-request', component: stub },
        { path: '/account/messages', name: 'account-messages', component: stub },
        { path: '/account/messages/new', name: 'account-message-new', component: stub },
        { path: '/account/messages/:id', name: 'account-message', component: stub },
      ]),
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(component, { ...options, global: { plugins: [pinia, i18n, router], ...options.global } })
  return { wrapper, router, pinia }
}
