-- An adviser's requests are listed in two pages, each read in index order and stopped at the page's end:
-- those waiting for advice, the soonest due first, and those answered, the latest answer first.
create index advice_request_adviser_waiting_idx on advice_request (adviser_id, due_on, id)
    where adviser_id is not null and received_on is null;
create index advice_request_adviser_answered_idx on advice_request (adviser_id, received_on desc, id desc)
    where adviser_id is not null and received_on is not null;
