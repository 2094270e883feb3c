import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router'
import type { Component } from 'vue'
import { makeI18n } from '../../shared/i18n/locale'
import { sharedMessages } from '../../shared/i18n/messages'
import { consoleMessages } from '../i18n/messages'

const Stub = { template: '<div />' }

/** Mounts one console page at a path, with the console's messages (English) and a router that knows its routes. */
export async function mountPage(page: Component, path: string, routes: RouteRecordRaw[]) {
  globalThis.localStorage?.setItem('bazaar.locale', 'en')
  const router = createRouter({
    history: createMemoryHistory('/console/'),
    routes: [...routes.map((r) => ({ ...r, component: page }) as RouteRecordRaw),
      ...['products', 'price-history', 'home'].map((name) => ({ path: `/stub/${name}/:id?`, name, component: Stub }))],
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(page, { global: { plugins: [createPinia(), router, makeI18n(sharedMessages, consoleMessages)] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}
