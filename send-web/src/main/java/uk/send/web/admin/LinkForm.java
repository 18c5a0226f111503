package uk.send.web.admin;

/** "Link a parent account" to one carer on a child's record. */
record LinkForm(Long linkAccountId) {
}
