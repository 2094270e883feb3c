/** The member centre's own words, under storefront.account. */
const en = {
  title: 'My account',
  menuLabel: 'My account',
  welcome: 'Signed in as {login}.',
  menu: {
    orders: 'My orders',
  },
}

const zh: typeof en = {
  title: '会员中心',
  menuLabel: '会员中心',
  welcome: '当前登录：{login}',
  menu: {
    orders: '我的订单',
  },
}

export const accountMessages = { en, zh }
