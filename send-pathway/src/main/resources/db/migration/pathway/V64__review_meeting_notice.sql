-- The day those invited to a review meeting were told of its date (arranged or moved), so a meeting with less
-- than the 2 weeks' notice of SEND Regulations 2014 reg 20(3) is marked. Null for reviews arranged before this.
alter table plan_review add column notice_given_on date;
