package uk.send.pathway.support;

import java.time.LocalDateTime;

/**
 * The family's views on a cycle of a support plan, as they sent them online: the words, who sent them (their account
 * and name) and when (local time, in the service's own time zone). The SENCO reads them labelled "Sent online by the family"; the family sees their own.
 */
public record FamilyView(long id, long planId, FamilyViewsFrom from, String views, long sentById, String sentBy,
                         LocalDateTime sentAt) {

    @Override
    public String toString() {
        return "FamilyView[id=" + id + "]";
    }
}
