/**
 * The demand forecast (issue 20): {@link uk.send.commissioning.forecast.DemandForecasts} reads the recorded trend of
 * EHC plans and the costs the service holds, and keeps the commissioners' named scenarios;
 * {@link uk.send.commissioning.forecast.DemandForecast} projects plans and their cost over the next financial years,
 * exactly, in pence.
 */
@org.springframework.modulith.NamedInterface("forecast")
package uk.send.commissioning.forecast;
