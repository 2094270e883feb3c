/** Console words of the coupon wallet fields and member prices, under console.benefits. */
const en = {
  wallet: 'Coupon centre',
  published: 'Published: shoppers collect it and use it from their wallet',
  collectFrom: 'Collectable from',
  collectUntil: 'Collectable until',
  collectStock: 'Coupons to collect',
  collectStockHint: 'Empty: no limit.',
  perCustomerLimit: 'Per shopper',
  validDays: 'Valid days after collecting',
  validDaysHint: 'Empty: the validity above.',
  membersOnly: 'Verified members only',
  collected: 'Collected',
  wholeNumber: 'Enter a whole number of at least 1.',
  memberPrice: 'Member price',
  memberPriceOf: 'Member price of SKU {n}',
  memberPriceHint: 'For verified members; below the price.',
  memberPriceInvalid: 'Enter an amount below the price, or leave it empty.',
  publishedShort: 'published',
  membersShort: 'members',
}

const zh: typeof en = {
  wallet: '领券中心',
  published: '发布：买家领取到券包后使用',
  collectFrom: '开始领取时间',
  collectUntil: '结束领取时间',
  collectStock: '可领取总数',
  collectStockHint: '留空表示不限。',
  perCustomerLimit: '每人限领',
  validDays: '领取后有效天数',
  validDaysHint: '留空则按上面的有效期。',
  membersOnly: '仅限实名认证会员',
  collected: '已领取',
  wholeNumber: '请输入不小于 1 的整数。',
  memberPrice: '会员价',
  memberPriceOf: 'SKU {n} 的会员价',
  memberPriceHint: '实名认证会员专享，须低于价格。',
  memberPriceInvalid: '请输入低于价格的金额，或留空。',
  publishedShort: '已发布',
  membersShort: '会员',
}

export const consoleBenefitsMessages = { en, zh }
