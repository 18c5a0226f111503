/**
 * The commissioner's key performance indicators: {@link uk.send.commissioning.kpi.Kpis} reads the pathway's
 * aggregate figures ({@code pathway :: statistics}) for a footprint and a period and dates them.
 */
@org.springframework.modulith.NamedInterface("kpi")
package uk.send.commissioning.kpi;
