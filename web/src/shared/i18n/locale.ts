import { createI18n, type LocaleMessages, type VueMessageType } from 'vue-i18n'

export const LOCALES = ['en', 'zh-CN'] as const
export type Locale = (typeof LOCALES)[number]

const STORAGE_KEY = 'bazaar.locale'

/** The saved choice, else the browser's first language Bazaar speaks, else English. */
export function pickLocale(saved: string | null, browser: readonly string[]): Locale {
  if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale
  for (const language of browser) {
    if (language.toLowerCase().startsWith('zh')) return 'zh-CN'
    if (language.toLowerCase().startsWith('en')) return 'en'
  }
  return 'en'
}

type Messages = Record<Locale, object>

/** One i18n instance per app, from the shared messages and the app's own. */
export function makeI18n(...parts: Messages[]) {
  const messages = Object.fromEntries(
    LOCALES.map((l) => [l, Object.assign({}, ...parts.map((p) => p[l]))]),
  ) as LocaleMessages<Record<string, VueMessageType>>
  const locale = pickLocale(safeStorage()?.getItem(STORAGE_KEY) ?? null, globalThis.navigator?.languages ?? [])
  setDocumentLanguage(locale)
  return createI18n({ legacy: false, locale, fallbackLocale: 'en', messages })
}

export function saveLocale(locale: Locale) {
  safeStorage()?.setItem(STORAGE_KEY, locale)
  setDocumentLanguage(locale)
}

function setDocumentLanguage(locale: Locale) {
  if (globalThis.document) document.documentElement.lang = locale
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}
