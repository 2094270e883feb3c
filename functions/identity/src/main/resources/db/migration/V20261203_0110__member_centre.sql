-- Member centre: profile details, account deletion, real-name verification.
alter table accounts
    add column birthday              date,
    add column gender                varchar(16),
    add column avatar_key            varchar(200),
    add column real_name_verified_at timestamptz,
    add column deleted_at            timestamptz;

alter table accounts drop constraint accounts_status_known;
alter table accounts add constraint accounts_status_known
    check (status in ('PENDING_ACTIVATION', 'ACTIVE', 'DISABLED', 'DELETED'));
-- a deleted account keeps its id (orders refer to it) but no login: the login is free for a new registration
alter table accounts drop constraint accounts_login_present;
alter table accounts add constraint accounts_login_present
    check (status = 'DELETED' or email is not null or phone is not null);
alter table accounts add constraint accounts_gender_known
    check (gender is null or gender in ('FEMALE', 'MALE', 'OTHER', 'UNSPECIFIED'));

-- Every submission of a legal name and identity document; the newest one of an account is its state.
-- The document number is stored AES-GCM encrypted (key id beside it, for rotation) and as its last 4 characters.
create table real_name_verifications (
    id                  uuid primary key,
    account_id          uuid         not null references accounts (id) on delete cascade,
    legal_name          varchar(100) not null,
    document_type       varchar(24)  not null,
    document_ciphertext varchar(200) not null,
    document_key_id     varchar(40)  not null,
    document_last4      varchar(4)   not null,
    status              varchar(12)  not null,
    rejection_reason    varchar(300),
    provider            varchar(40)  not null,
    submitted_at        timestamptz  not null,
    decided_at          timestamptz,
    decided_by          uuid,
    version             bigint       not null default 0,
    constraint real_name_verifications_status_known check (status in ('SUBMITTED', 'VERIFIED', 'REJECTED'))
);
create index real_name_verifications_by_account on real_name_verifications (account_id, submitted_at desc);
create index real_name_verifications_open on real_name_verifications (submitted_at) where status = 'SUBMITTED';
-- at most one submission waiting or accepted per account; a rejected one may be followed by a new one
create unique index real_name_verifications_one_live on real_name_verifications (account_id)
    where status in ('SUBMITTED', 'VERIFIED');
