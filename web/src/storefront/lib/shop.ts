/**
 * Settings of this storefront build. The API has no endpoint that tells a client its shop currency or which payment
 * methods the configured provider takes, so both come from the build (Vite env), with the local run's values as
 * defaults: CNY (the demo catalog) and `sandbox-card` (the sandbox provider; Stripe takes `card`).
 */
const env = import.meta.env as Record<string, string | undefined>

/** The currency typed prices (search filters) are in. */
export const SHOP_CURRENCY = env.VITE_BAZAAR_CURRENCY || 'CNY'

/** Payment methods offered at checkout, as CheckoutRequest.paymentMethod takes them. */
export const PAYMENT_METHODS = (env.VITE_BAZAAR_PAYMENT_METHODS || 'sandbox-card')
  .split(',')
  .map((m) => m.trim())
  .filter(Boolean)

/** Units one cart line may hold (CartConfig.maxQuantityPerLine of the API, 99 by default). */
export const MAX_LINE_QUANTITY = 99
