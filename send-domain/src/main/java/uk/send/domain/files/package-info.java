/** Files the service hands out: CSV that is safe to open in a spreadsheet. */
@org.springframework.modulith.NamedInterface("files")
package uk.send.domain.files;
