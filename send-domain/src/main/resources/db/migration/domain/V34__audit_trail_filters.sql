-- The administrator filters the audit trail by who (the email they signed in with), by action and by day,
-- newest first; each filter has an index that serves it with the order, so a page is read, not the trail.
create index audit_event_actor_text_idx on audit_event (lower(actor), id);
create index audit_event_action_idx on audit_event (action, id);
create index audit_event_occurred_at_idx on audit_event (occurred_at);
