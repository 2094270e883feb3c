package io.bazaar.orders.returns.service;

/** Units of one order line (1-based line number) in a return; resellable is recorded when the goods arrive. */
public record ReturnLine(int lineNo, int quantity, Boolean resellable) {
}
