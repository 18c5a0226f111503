-- Registered providers keep their own Local Offer entries (issue 21):
--   role PROVIDER         a provider's account; the check lists every role
--   offer_provider_account  which organisations' services a provider's account may change and mark as checked
--                           (several, for a provider that runs services under more than one name)
-- A provider's change is published at once, like an editor's: it is kept as a version that names the account
-- that made it (offer_service_version.changed_by) and audited, and the council's editors see it on the entry.

alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('PARENT', 'SENCO', 'CASEWORKER', 'PANEL', 'COMMISSIONER', 'ADMIN', 'ADVISER', 'LOCAL_OFFER',
                    'OUTREACH', 'YOUNG_PERSON', 'PROVIDER'));

create table offer_provider_account (
    user_id         bigint not null references app_user (id),
    organization_id bigint not null references offer_organization (id),
    primary key (user_id, organization_id)
);
create index offer_provider_account_organization_idx on offer_provider_account (organization_id);
