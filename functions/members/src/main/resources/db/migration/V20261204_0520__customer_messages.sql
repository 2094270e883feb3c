-- Customer messages (issue 14): threads between a shopper and a shop, optionally about one product or one order, with
-- their messages, each side's read state and image attachments. No foreign keys into other areas' tables (accounts,
-- merchants, products, orders): the product and the order are checked through the catalog and orders contracts when a
-- thread starts. See docs/decisions/customer-messages.md.

-- awaiting_reply: the newest message not deleted is the shopper's (the merchant's "unanswered first");
-- shopper_read_up_to / shop_read_up_to: the last message id each side has seen (0: none), the unread counts' base
create table message_threads (
    id                 uuid primary key,
    account_id         uuid         not null,
    merchant_id        uuid         not null,
    product_id         uuid,
    product_name       varchar(200),
    order_number       varchar(24),
    created_at         timestamptz  not null,
    last_message_at    timestamptz  not null,
    awaiting_reply     boolean      not null,
    shopper_read_up_to bigint       not null default 0,
    shop_read_up_to    bigint       not null default 0,
    constraint message_threads_one_subject check (product_id is null or order_number is null)
);
create index message_threads_of_shopper on message_threads (account_id, last_message_at desc, id);
create index message_threads_of_shop on message_threads (merchant_id, awaiting_reply desc, last_message_at desc, id desc);
create index message_threads_by_product on message_threads (merchant_id, product_id) where product_id is not null;
create index message_threads_by_order on message_threads (merchant_id, order_number) where order_number is not null;

-- body: as the author typed it (the web shows it as text, never as HTML); a deleted message keeps its text for the
-- merchant's record, but answers to the shopper leave it out
create table messages (
    id               bigserial primary key,
    thread_id        uuid         not null references message_threads (id) on delete cascade,
    author_side      varchar(8)   not null,
    staff_account_id uuid,
    body             text         not null,
    created_at       timestamptz  not null,
    deleted_at       timestamptz,
    deleted_by       uuid,
    constraint messages_side_known check (author_side in ('SHOPPER', 'STAFF')),
    constraint messages_staff_named check ((author_side = 'STAFF') = (staff_account_id is not null)),
    constraint messages_deletion_complete check ((deleted_at is null) = (deleted_by is null))
);
create index messages_of_thread on messages (thread_id, id);

-- images of a message, uploaded by the author's browser straight to the private attachments bucket with a presigned
-- PUT, checked and attached when the message is posted; rows never attached are removed, with their objects, after
-- bazaar.members.messages.attachment-pending-max-age
create table message_attachments (
    id           uuid primary key,
    uploader_id  uuid         not null,
    message_id   bigint references messages (id) on delete cascade,
    object_key   varchar(200) not null,
    content_type varchar(20)  not null,
    size_bytes   bigint       not null check (size_bytes > 0),
    position     integer,
    created_at   timestamptz  not null,
    constraint message_attachments_attached_has_position check ((message_id is null) = (position is null))
);
create index message_attachments_of_message on message_attachments (message_id, position);
create index message_attachments_pending on message_attachments (uploader_id, created_at) where message_id is null;

-- the e-mail/SMS outbox of message notices (to the shopper of a reply, to the shop's staff of a new question), written
-- in the message's transaction and sent by the message-notices job (the platform's MessageOutbox)
create table message_notices (
    id              bigserial primary key,
    thread_id       uuid         not null references message_threads (id) on delete cascade,
    channel         varchar(8)   not null,
    recipient       varchar(254) not null,
    subject         varchar(200) not null default '',
    body            text         not null,
    status          varchar(8)   not null default 'PENDING',
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(500),
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    constraint message_notices_status_known check (status in ('PENDING', 'SENT', 'FAILED')),
    constraint message_notices_channel_known check (channel in ('EMAIL', 'SMS'))
);
create index message_notices_due on message_notices (next_attempt_at) where status = 'PENDING';

-- replies from shops also by e-mail (or SMS for a phone-only login); on unless the shopper turns it off
alter table member_settings add column message_notices boolean not null default true;
