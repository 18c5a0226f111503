/**
 * Events between modules: published by aggregates inside their transaction, recorded in Spring
 * Modulith's event publication registry, and followed after commit by {@link AfterCommitListener}s.
 */
@org.springframework.modulith.NamedInterface("events")
package uk.send.domain.events;
