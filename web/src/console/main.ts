import { createPinia } from 'pinia'
import { createApp } from 'vue'
import '../shared/ui/base.css'
import './console.css'
import { makeI18n } from '../shared/i18n/locale'
import { sharedMessages } from '../shared/i18n/messages'
import App from './App.vue'
import { consoleMessages } from './i18n/messages'
import { router } from './router'

createApp(App).use(createPinia()).use(makeI18n(sharedMessages, consoleMessages)).use(router).mount('#app')
