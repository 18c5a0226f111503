package uk.send.web.offer;

/** Form: an organisation whose Local Offer entries a provider's account is to keep. */
record ProviderLinkForm(Long organizationId) {
}
