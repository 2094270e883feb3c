/**
 * The members area's words, under storefront.members. Notifications arrive as a message key with parameters
 * (inbox.messages.<key>); keys not listed here fall back to a title per kind.
 */
const en = {
  menu: {
    favourites: 'Favourites',
    recent: 'Recently viewed',
    notifications: 'Notifications',
  },
  favourites: {
    title: 'Favourites',
    add: 'Add {name} to favourites',
    remove: 'Remove {name} from favourites',
    failed: 'The favourites could not be changed. Please try again.',
    products: 'Products ({count})',
    shops: 'Shops ({count})',
    empty: 'Nothing here yet: tap the heart on a product to keep it here.',
    emptyShops: 'No favourite shops yet.',
    unavailable: 'No longer for sale',
    outOfStock: 'Out of stock',
    cheaper: 'Cheaper since you saved it (was {price})',
    removeButton: 'Remove',
    shop: 'Shop',
    shopProducts: '{count} products for sale',
    followShop: 'Favourite this shop',
    unfollowShop: 'Favourite shop ✓',
    more: 'Show more',
  },
  recent: {
    title: 'Recently viewed',
    empty: 'Products you open appear here.',
    clear: 'Clear the list',
    viewed: 'Viewed {when}',
  },
  inbox: {
    title: 'Notifications',
    bell: 'Notifications, {count} unread',
    unread: '{count} unread',
    all: 'All',
    onlyUnread: 'Unread',
    markRead: 'Mark read',
    markAllRead: 'Mark all read',
    empty: 'No notifications.',
    new: 'New',
    open: 'Open',
    kinds: {
      ORDER: 'Order update',
      RETURN: 'Return update',
      REVIEW_REPLY: 'Reply to your review',
      MESSAGE: 'New message',
      PRICE_DROP: 'Price drop',
      SYSTEM: 'Bazaar',
    },
    messages: {
      order: {
        submitted: 'Order {number} received: please complete the payment.',
        paid: 'Order {number} is paid. The seller is preparing your parcel.',
        partShipped: 'Part of order {number} is on its way.',
        shipped: 'Order {number} is on its way.',
        delivered: 'Order {number} has been delivered.',
      },
      favourite: {
        priceDropped: '{product} from your favourites now costs {price} (was {was}).',
      },
      review: {
        replied: 'The seller replied to your review of {product}.',
      },
      message: {
        replied: '{shop} replied to your message.',
      },
      return: {
        approved: 'Your return for order {number} is approved.',
        rejected: 'Your return for order {number} was declined. See why in your returns.',
        refunded: 'Your return for order {number} is refunded.',
      },
    },
  },
}

const zh: typeof en = {
  menu: {
    favourites: '我的收藏',
    recent: '浏览记录',
    notifications: '消息通知',
  },
  favourites: {
    title: '我的收藏',
    add: '收藏 {name}',
    remove: '取消收藏 {name}',
    failed: '收藏操作失败，请重试。',
    products: '商品（{count}）',
    shops: '店铺（{count}）',
    empty: '还没有收藏：点商品上的爱心即可收藏。',
    emptyShops: '还没有收藏的店铺。',
    unavailable: '已下架',
    outOfStock: '缺货',
    cheaper: '比收藏时便宜了（原价 {price}）',
    removeButton: '移除',
    shop: '店铺',
    shopProducts: '在售商品 {count} 件',
    followShop: '收藏店铺',
    unfollowShop: '已收藏店铺 ✓',
    more: '显示更多',
  },
  recent: {
    title: '浏览记录',
    empty: '您浏览过的商品会显示在这里。',
    clear: '清空浏览记录',
    viewed: '浏览于 {when}',
  },
  inbox: {
    title: '消息通知',
    bell: '消息通知，{count} 条未读',
    unread: '{count} 条未读',
    all: '全部',
    onlyUnread: '未读',
    markRead: '标为已读',
    markAllRead: '全部标为已读',
    empty: '暂无通知。',
    new: '新',
    open: '查看',
    kinds: {
      ORDER: '订单动态',
      RETURN: '退货动态',
      REVIEW_REPLY: '评价回复',
      MESSAGE: '新消息',
      PRICE_DROP: '降价提醒',
      SYSTEM: 'Bazaar',
    },
    messages: {
      order: {
        submitted: '订单 {number} 已提交，请尽快付款。',
        paid: '订单 {number} 已付款，卖家正在备货。',
        partShipped: '订单 {number} 已部分发货。',
        shipped: '订单 {number} 已发货。',
        delivered: '订单 {number} 已送达。',
      },
      favourite: {
        priceDropped: '您收藏的 {product} 降价了：现价 {price}（原价 {was}）。',
      },
      review: {
        replied: '卖家回复了您对 {product} 的评价。',
      },
      message: {
        replied: '{shop} 回复了您的消息。',
      },
      return: {
        approved: '您的订单 {number} 退货申请已通过。',
        rejected: '您的订单 {number} 退货申请未通过，原因请在退货记录中查看。',
        refunded: '您的订单 {number} 退货已退款。',
      },
    },
  },
}

export const membersMessages = { en, zh }
