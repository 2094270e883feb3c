/** The storefront's own words, under its own key; shared ones are in shared/i18n/messages.ts. */
export const storefrontMessages = {
  en: { storefront: { title: 'Bazaar' } },
  'zh-CN': { storefront: { title: 'Bazaar' } },
}
