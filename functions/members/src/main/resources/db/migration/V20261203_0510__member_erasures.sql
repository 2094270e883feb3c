-- Deleted accounts whose data outside PostgreSQL (SNS push endpoints of their devices, the DynamoDB recently-viewed
-- item) is still to be removed. Written by io.bazaar.members.contract.MemberRecords.erase in identity's deletion
-- transaction; the inbox-deliveries job removes the endpoints, the devices and the item, then the row. Until then the
-- account's devices are disabled (no push goes out).
create table member_erasures (
    account_id   uuid primary key,
    requested_at timestamptz not null
);
