package uk.send.web.admin;

/** "Merge two records of the same child": the two records compared, and which of them to keep. */
record MergeForm(Long first, Long second, Long keep) {
}
