/** The console's own words, under its own key; shared ones are in shared/i18n/messages.ts. */
export const consoleMessages = {
  en: { console: { title: 'Bazaar' } },
  'zh-CN': { console: { title: 'Bazaar' } },
}
