package uk.send.domain.children;

import java.util.List;

/**
 * Records that may be the same child: same name and date of birth, or the same UPN or NHS number. The viewer
 * is shown the ones in their scope ({@link #visible()}); of the others they learn only how many there are, so
 * that a search cannot reveal a child outside their scope.
 */
public record LikelyDuplicates(List<Match> visible, int outsideScope) {

    public boolean isEmpty() {
        return visible.isEmpty() && outsideScope == 0;
    }

    /** A record that matches, and on what. */
    public record Match(ChildSummary child, boolean sameUpn, boolean sameNhsNumber, boolean sameNameAndBirth) {
    }
}
