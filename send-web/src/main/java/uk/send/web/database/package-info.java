/** How the application starts its own PostgreSQL when no server is configured (used by {@code SendApplication}). */
@org.springframework.modulith.NamedInterface("database")
package uk.send.web.database;
