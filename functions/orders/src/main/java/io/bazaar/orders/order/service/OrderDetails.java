package io.bazaar.orders.order.service;

import java.util.List;

import io.bazaar.orders.shipment.service.Shipment;

/** An order with its lines, its whole status history and its parcels. */
public record OrderDetails(Order order, List<StatusChange> history, List<Shipment> shipments) {
}
