/** The storefront's words for an order's parcels and their tracking, under storefront.shipments. */
const en = {
  heading: 'Parcel | Parcels',
  partly: 'Part of your order is on its way; the rest follows in another parcel.',
  shippedIn: 'Shipped in {n} parcels; follow each one below.',
  parcel: 'Parcel {n}',
  carrier: 'With {carrier}',
  shippedAt: 'shipped {at}',
  noEvents: 'The carrier has not reported on this parcel yet.',
  status: {
    SHIPPED: 'Shipped',
    IN_TRANSIT: 'In transit',
    OUT_FOR_DELIVERY: 'Out for delivery',
    DELIVERED: 'Delivered',
    EXCEPTION: 'Delivery problem',
  },
}

const zh: typeof en = {
  heading: '包裹',
  partly: '您的订单已部分发货，其余商品将另行发出。',
  shippedIn: '已分 {n} 个包裹发出，可在下方查看每个包裹的物流。',
  parcel: '包裹 {n}',
  carrier: '承运商：{carrier}',
  shippedAt: '发货时间 {at}',
  noEvents: '承运商尚未更新此包裹的物流信息。',
  status: {
    SHIPPED: '已发货',
    IN_TRANSIT: '运输中',
    OUT_FOR_DELIVERY: '派送中',
    DELIVERED: '已签收',
    EXCEPTION: '派送异常',
  },
}

export const shipmentsMessages = { en, zh }
