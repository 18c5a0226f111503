package uk.send.pathway.support;

/**
 * The tier of support a plan sits in. Today's SEN Support is targeted; the 2026 Schools White Paper proposes
 * a targeted-plus tier above it. Which tiers a council offers is configuration ({@link SupportPolicy#tiers()}).
 */
public enum SupportTier {
    TARGETED, TARGETED_PLUS
}
