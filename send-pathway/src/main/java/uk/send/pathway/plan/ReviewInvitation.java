package uk.send.pathway.plan;

import java.time.LocalDate;

/**
 * What a parent or a SENCO sees of a plan's review in progress, to give their views online: whose plan, when the
 * meeting is, the views they have given so far, and (parents only) the proposed amendments open for comment.
 *
 * @param whose            whose views the viewer gives: the parents', the setting's, or (a young person) the child's own
 * @param viewsOpen        whether views are still wanted (no decision yet)
 * @param proposedVersion  the proposed amendments' version number, or null
 * @param commentsCloseOn  the last day for comments on them, or null
 * @param commentsOpen     whether the family can comment on them today
 */
public record ReviewInvitation(long planId, String childName, ViewsFrom whose, LocalDate meetingOn, boolean viewsOpen, String views,
                               LocalDate viewsGivenOn, Integer proposedVersion, LocalDate commentsCloseOn,
                               boolean commentsOpen, String familyComments) {
}
