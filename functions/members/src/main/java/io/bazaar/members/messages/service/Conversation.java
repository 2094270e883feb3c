package io.bazaar.members.messages.service;

import java.util.List;
import java.util.Map;

/**
 * A thread with its messages, oldest first, and their attachments by message id (with fresh download URLs); the shop's
 * name for the shopper, the masked customer for the staff.
 */
public record Conversation(MessageThread thread, List<ThreadMessage> messages, Map<Long, List<Attachment>> attachments,
        String shopName, MaskedCustomer customer) {
}
