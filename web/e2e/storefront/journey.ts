import { expect, type APIRequestContext, type Page, type TestInfo } from '@playwright/test'
import { freshEmail } from '../support/api'
import { latestCode } from '../support/outbox'
import { shot } from '../support/shots'
import { chooseSku, createCoupon, openFilters, PASSWORD, shipAsMerchant, teeWithTwoSkus } from './helpers'

/**
 * The shopper's whole way through the shop, through the pages only (the merchant's shipping and the admin's coupon
 * are set through the API): register, activate with the code from the log, search and filter, two SKUs of the
 * T-shirt into the cart, a quantity changed, checkout with a coupon, payment in the sandbox, shipped, received.
 */
export async function shopperJourney(page: Page, request: APIRequestContext, testInfo: TestInfo) {
  const coupon = await createCoupon(request)
  const tee = await teeWithTwoSkus(request)
  const email = freshEmail('shopper')
  const money = moneyIn(String(testInfo.project.use.locale ?? 'en').startsWith('zh') ? 'zh-CN' : 'en')

  await page.goto('/')
  await expect(page.getByTestId('home-newest').getByTestId('product-card').first()).toBeVisible()
  await expect(page.getByTestId('home-categories').getByTestId('category-link').first()).toBeVisible()
  await shot(page, testInfo, 'home')

  // Register and activate.
  await page.getByTestId('nav-register').click()
  await expect(page).toHaveURL(/\/register/)
  await page.getByTestId('register-email').fill(email)
  await page.getByTestId('register-password').fill(PASSWORD)
  await shot(page, testInfo, 'register')
  await page.getByTestId('register-submit').click()
  await expect(page).toHaveURL(/\/activate\?/)
  await expect(page.getByTestId('activate-login')).toHaveValue(email)
  await page.getByTestId('activate-code').fill(await latestCode(email))
  await shot(page, testInfo, 'activate')
  await page.getByTestId('activate-submit').click()
  await expect(page.getByTestId('sign-out')).toBeVisible()
  await expect(page.getByTestId('activation-banner')).toHaveCount(0)

  // Search, then filter by brand and stock: the URL says what is filtered.
  await page.getByTestId('search-input').fill('tee')
  await page.getByTestId('search-submit').click()
  await expect(page).toHaveURL(/\/search\?q=tee/)
  await expect(page.getByTestId('product-card').first()).toBeVisible()
  await openFilters(page)
  await page.getByTestId('brand-facet').first().check()
  await expect(page).toHaveURL(/brand=\d+/)
  await page.getByTestId('in-stock').check()
  await expect(page).toHaveURL(/inStock=true/)
  const card = page.locator(`[data-testid="product-card"][data-product-id="${tee.id}"]`)
  await expect(card).toBeVisible()
  await shot(page, testInfo, 'search')

  // Two SKUs of the T-shirt.
  await card.getByRole('link').first().click()
  await expect(page).toHaveURL(new RegExp(`/product/${tee.id}$`))
  await expect(page.getByTestId('add-to-cart')).toBeDisabled()
  await expect(page.getByTestId('canonical-link')).toHaveAttribute('href', new RegExp(`^/p/${tee.id}/`))
  await chooseSku(page, tee.first.attributes)
  await expect(page.getByTestId('sku-stock')).toContainText(String(tee.first.stock))
  await page.getByTestId('add-to-cart').click()
  await expect(page.getByTestId('added')).toBeVisible()
  await expect(page.getByTestId('cart-count')).toHaveText('1')
  await chooseSku(page, tee.second.attributes)
  await page.getByTestId('quantity').fill('2')
  await page.getByTestId('add-to-cart').click()
  await expect(page.getByTestId('cart-count')).toHaveText('3')
  await shot(page, testInfo, 'product')

  // The cart: change a quantity, totals follow.
  await page.getByTestId('nav-cart').click()
  await expect(page.getByTestId('cart-line')).toHaveCount(2)
  const firstLine = page.locator(`[data-testid="cart-line"][data-sku-id="${tee.first.id}"]`)
  await firstLine.getByTestId('line-quantity').fill('2')
  await firstLine.getByTestId('line-quantity').press('Enter')
  await expect(page.getByTestId('cart-count')).toHaveText('4')
  const items = 2 * tee.first.priceMinor + 2 * tee.second.priceMinor
  await expect(page.getByTestId('cart-total')).toHaveText(money(items))
  await shot(page, testInfo, 'cart')

  // Checkout with a new address and the coupon.
  await page.getByTestId('go-checkout').click()
  await expect(page).toHaveURL(/\/checkout$/)
  await page.getByTestId('address-name').fill('测试 Shopper')
  await page.getByTestId('address-phone').fill('+8613800138000')
  await page.getByTestId('address-country').fill('CN')
  await page.getByTestId('address-city').fill('上海')
  await page.getByTestId('address-line1').fill('人民路 1 号')
  // A coupon the shop does not have: the quote's 422 problem is told at the coupon field.
  await page.getByTestId('coupon').fill(`NO-SUCH-${coupon}`)
  await expect(page.getByTestId('coupon')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByTestId('quote')).toHaveCount(0)
  await page.getByTestId('coupon').fill(coupon)
  await expect(page.getByTestId('coupon')).not.toHaveAttribute('aria-invalid', 'true')
  // The quote shows the breakdown before anything is placed.
  const discount = Math.floor(items / 10)
  await expect(page.getByTestId('checkout-discount')).toHaveText(`−${money(discount)}`)
  await expect(page.getByTestId('checkout-total')).toHaveText(money(items - discount))
  await shot(page, testInfo, 'checkout')
  await page.getByTestId('place-order').click()
  const placed = page.getByTestId('placed-order')
  await expect(placed).toHaveCount(1)
  const number = (await placed.getAttribute('data-number'))!
  await expect(placed.getByTestId('breakdown-discount')).toHaveText(`−${money(discount)}`)
  await expect(placed.getByTestId('breakdown-total')).toHaveText(money(items - discount))
  await expect(page.getByTestId('cart-count')).toHaveText('0')
  await shot(page, testInfo, 'checkout-placed')

  // Pay in the sandbox, in this tab; its answer links back to the orders as Stripe returns: paid.
  await page.getByTestId('pay-now').click()
  await expect(page).toHaveURL(/\/api\/payments\/sandbox\/[0-9a-f-]+$/)
  await page.getByRole('button', { name: 'Pay' }).click()
  await expect(page.getByText('Payment completed.')).toBeVisible()
  await page.locator('#back').click()
  await expect(page).toHaveURL(/\/orders$/)
  await expect(page.getByTestId('payment-return')).toHaveAttribute('data-outcome', 'paid')
  const row = page.locator(`[data-testid="order-row"][data-number="${number}"]`)
  await expect(row.getByTestId('order-status')).toHaveAttribute('data-status', 'PAID', { timeout: 20_000 })
  await shot(page, testInfo, 'orders-paid')
  await row.getByTestId('order-link').click()
  await expect(page.getByTestId('order').getByTestId('order-status')).toHaveAttribute('data-status', 'PAID')
  await expect(page.getByTestId('pay-now')).toHaveCount(0)
  await expect(page.locator('[data-testid="timeline-step"][data-status="PAID"]')).toHaveAttribute('data-state', 'current')
  await shot(page, testInfo, 'order-paid')

  // The merchant ships; the shopper confirms receipt.
  await shipAsMerchant(request, number)
  await page.reload()
  await expect(page.getByTestId('order').getByTestId('order-status')).toHaveAttribute('data-status', 'SHIPPED')
  await page.getByTestId('confirm-receipt').click()
  await expect(page.getByTestId('order').getByTestId('order-status')).toHaveAttribute('data-status', 'DELIVERED')
  await shot(page, testInfo, 'order-delivered')

  await page.getByTestId('nav-orders').click()
  await expect(page.locator(`[data-testid="order-row"][data-number="${number}"]`).getByTestId('order-status')).toHaveAttribute('data-status', 'DELIVERED')
  await shot(page, testInfo, 'orders')
}

/** CNY as the storefront writes it in the language it picked from the browser's (shared/i18n/locale.ts). */
function moneyIn(locale: string) {
  return (minor: number) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).format(minor / 100)
}
