-- A signed-in session keeps the person's viewer (role and scope) for its life instead of reading the account on
-- every request (uk.send.web.security.CurrentViewerResolver). So that a change to an account still applies from
-- the person's next request, on every instance, any change to what the viewer is read from ends that account's
-- sessions in the same transaction, whoever writes it (the administrator's pages, a merge of records, plain SQL):
-- role, enabled, e-mail (the session's principal name), setting, own record, footprints, or the account removed.
-- The next request finds no session and is sent to sign in, where a disabled account is refused.
-- Not: the sign-in bookkeeping (failed attempts, the lock after wrong passwords, last sign-in) or the password.
create function end_account_sessions() returns trigger language plpgsql as $$
begin
    delete from spring_session where principal_name = old.email;
    return null;
end
$$;

create trigger app_user_ends_sessions_on_change
    after update of role, enabled, email, setting_id, child_id on app_user
    for each row
    when (old.role is distinct from new.role or old.enabled is distinct from new.enabled
          or old.email is distinct from new.email or old.setting_id is distinct from new.setting_id
          or old.child_id is distinct from new.child_id)
    execute function end_account_sessions();

create trigger app_user_ends_sessions_on_delete
    after delete on app_user
    for each row execute function end_account_sessions();

create function end_account_sessions_for_footprint() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        delete from spring_session where principal_name = (select email from app_user where id = old.user_id);
    end if;
    if tg_op <> 'DELETE' then
        delete from spring_session where principal_name = (select email from app_user where id = new.user_id);
    end if;
    return null;
end
$$;

create trigger app_user_footprint_ends_sessions
    after insert or update or delete on app_user_footprint
    for each row execute function end_account_sessions_for_footprint();
