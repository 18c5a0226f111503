/**
 * Synthetic, clearly fictional demo data, loaded only when {@code send.demo-data=true}. Nothing here
 * describes a real child, family, school or council: school names are invented and their URNs sit in the 990000s, NHS numbers
 * in the NHS test range (999…), UPNs carry the non-existent LA number 999, phone numbers are in
 * Ofcom's drama range and e-mail addresses use the reserved example.com domain.
 */
@org.springframework.modulith.NamedInterface("demo")
package uk.send.domain.demo;
