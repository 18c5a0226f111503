-- A UPN's check letter, and the last letter of a temporary UPN, come from ABCDEFGHJKLMNPQRTUVWXYZ: only
-- I, O and S are left out. V1's pattern also left out Q, so about one valid UPN in 23 could not be stored.
-- Version 1.1 so that it sorts straight after V1 and clears of other modules' V2 onwards.
alter table child drop constraint child_upn_format;
alter table child add constraint child_upn_format
    check (upn ~ '^[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]$');
