/** What a module's rules refuse, named by the form field it is about, for the page to show against that field. */
@org.springframework.modulith.NamedInterface("refusal")
package uk.send.domain.refusal;
