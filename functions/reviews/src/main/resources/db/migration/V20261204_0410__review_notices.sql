-- The reviews area's e-mail/SMS outbox: a reviewer's notice of the merchant's first reply, written in the reply's
-- transaction and sent by the review-notices job with retries (the platform's io.bazaar.platform.outbox.MessageOutbox,
-- the same delivery as orders' notifications). A rolled-back reply leaves no notice behind.
create table review_notices (
    id              bigserial primary key,
    review_id       uuid         not null references reviews (id) on delete cascade,
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
    constraint review_notices_status_known check (status in ('PENDING', 'SENT', 'FAILED')),
    constraint review_notices_channel_known check (channel in ('EMAIL', 'SMS'))
);
create index review_notices_due on review_notices (next_attempt_at) where status = 'PENDING';
create index review_notices_of_review on review_notices (review_id);
