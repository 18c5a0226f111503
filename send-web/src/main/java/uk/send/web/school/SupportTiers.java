package uk.send.web.school;

import org.springframework.ui.Model;

import uk.send.pathway.support.SupportPolicy;
import uk.send.pathway.support.SupportTier;
import uk.send.web.support.Choice;

/**
 * The tiers of SEN Support as the SENCO's pages show them (ADR 6): nothing while the council uses no tiers (today's
 * law); while it does, a tier column and a filter on the register and dashboard, and the tier's name on each plan.
 */
final class SupportTiers {

    private SupportTiers() {
    }

    /**
     * {@code tiersOn} (any tier in force), {@code tierChoices} (every configured tier, to filter by, in force or not)
     * and {@code supportPolicy} (for {@code supportPolicy.tierName(code)}).
     */
    static void addTo(Model model, SupportPolicy policy) {
        model.addAttribute("tiersOn", policy.tiersInForce());
        model.addAttribute("tierChoices", policy.tiers().stream().map(t -> Choice.text(t.code(), t.name())).toList());
        model.addAttribute("supportPolicy", policy);
    }

    /** The code if the council configures such a tier, otherwise null (a filter on an unknown tier is no filter). */
    static String known(SupportPolicy policy, String code) {
        return policy.tier(code).map(SupportTier::code).orElse(null);
    }
}
