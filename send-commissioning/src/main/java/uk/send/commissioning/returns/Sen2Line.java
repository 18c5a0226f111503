package uk.send.commissioning.returns;

/**
 * One line of the SEN2 return in its layout: the module (0, 2, 3, 4a, 5a, 5b, 5c), the item (a stable key, whose
 * words and definition the page gives), the code it breaks down by where it repeats (a need type or a setting
 * type; null otherwise), and the value as it is written in the return.
 */
public record Sen2Line(String module, String item, String code, String value) {
}
