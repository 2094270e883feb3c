package io.bazaar.members.messages.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.contract.AccountDirectory;
import io.bazaar.identity.contract.ShopDirectory;
import io.bazaar.members.messages.repository.MessageRepository;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * What both sides share: the rules of a draft (text length, images) and a thread loaded with its messages for one
 * side. The shopper gets no images of deleted messages (and, in their view, no text either); the staff see the shopper
 * masked.
 */
@ApplicationScoped
public class Conversations {

    private final MessageRepository messages;
    private final MessageAttachments attachments;
    private final ShopDirectory shops;
    private final AccountDirectory accounts;
    private final Pool pool;
    private final MessagesConfig config;

    Conversations(MessageRepository messages, MessageAttachments attachments, ShopDirectory shops,
            AccountDirectory accounts, Pool pool, MessagesConfig config) {
        this.messages = messages;
        this.attachments = attachments;
        this.shops = shops;
        this.accounts = accounts;
        this.pool = pool;
        this.config = config;
    }

    /** 400 for a text that is blank or too long, or a bad list of images; before anything is counted or written. */
    public void checkDraft(String body, List<UUID> attachmentIds) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid(new FieldError("body", "is required"));
        }
        if (body.length() > config.maxBodyLength()) {
            throw ProblemException.invalid(new FieldError("body", "must be at most " + config.maxBodyLength() + " characters"));
        }
        attachments.checkIds(attachmentIds);
    }

    /** The thread as its shopper reads it, with the shop's name. */
    public Uni<Conversation> forShopper(MessageThread thread) {
        return messages.ofThread(thread.id()).chain(list -> attachments.of(list.stream().filter(m -> !m.deleted())
                .map(ThreadMessage::id).toList())
                .chain(images -> shops.names(pool, List.of(thread.merchantId()))
                        .map(names -> new Conversation(thread, list, images, names.get(thread.merchantId()), null))));
    }

    /** The thread as the shop's staff read it, with the customer masked. */
    public Uni<Conversation> forShop(MessageThread thread) {
        return messages.ofThread(thread.id()).chain(list -> attachments.of(list.stream().map(ThreadMessage::id).toList())
                .chain(images -> accounts.find(pool, thread.accountId())
                        .map(card -> new Conversation(thread, list, images, null, MaskedCustomer.of(card.orElse(null))))));
    }
}
