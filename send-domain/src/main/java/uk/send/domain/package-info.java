/**
 * The domain module: reference data, children and carers, accounts and scopes, the audit trail, and the
 * event infrastructure. It depends on no other module. Its API is the named interfaces below it; the
 * entities and repositories inside them are package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Domain", allowedDependencies = {})
package uk.send.domain;
