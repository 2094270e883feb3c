/** The storefront's words for shop pages, under storefront.shops. */
const en = {
  title: 'Shop',
  soldBy: 'Sold by',
  visitShop: 'Visit the shop',
  products: 'Products ({count})',
  rating: '{average} out of 5 from {count} reviews',
  noRating: 'No reviews yet',
  hours: 'Service hours',
  hoursZone: 'Times in {zone}',
  closed: 'Closed',
  noHours: 'The shop has not said when it answers.',
  follow: 'Follow this shop',
  unfollow: 'Following',
  signInToFollow: 'Sign in to follow this shop',
  more: 'More products',
  empty: 'This shop has no products for sale.',
  notFound: 'There is no such shop.',
  days: { MONDAY: 'Monday', TUESDAY: 'Tuesday', WEDNESDAY: 'Wednesday', THURSDAY: 'Thursday', FRIDAY: 'Friday', SATURDAY: 'Saturday', SUNDAY: 'Sunday' },
}

const zh: typeof en = {
  title: '店铺',
  soldBy: '店铺',
  visitShop: '进入店铺',
  products: '商品（{count}）',
  rating: '{count} 条评价，平均 {average} 分（满分 5 分）',
  noRating: '暂无评价',
  hours: '客服时间',
  hoursZone: '时间按 {zone}',
  closed: '休息',
  noHours: '店铺未填写客服时间。',
  follow: '关注店铺',
  unfollow: '已关注',
  signInToFollow: '登录后关注店铺',
  more: '更多商品',
  empty: '这家店铺暂无在售商品。',
  notFound: '没有这家店铺。',
  days: { MONDAY: '周一', TUESDAY: '周二', WEDNESDAY: '周三', THURSDAY: '周四', FRIDAY: '周五', SATURDAY: '周六', SUNDAY: '周日' },
}

export const shopsMessages = { en, zh }
