package uk.send.domain.children;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The children a later migration file (plans, SEN Support) refers to, found once for the whole file, and the one
 * rule for reading a row's reference to its child: by migration reference, by UPN, or by both when they agree.
 */
public final class MigrationChildren {

    private final Map<String, MigrationChild> byReference = new HashMap<>();
    private final Map<String, MigrationChild> byUpn = new HashMap<>();

    MigrationChildren(List<MigrationChild> children, java.util.Collection<String> references) {
        java.util.Set<String> asked = new java.util.HashSet<>(references);
        for (MigrationChild child : children) {
            if (child.reference() != null && asked.contains(child.reference())) {
                byReference.put(child.reference(), child);
            }
            if (child.upn() != null) {
                byUpn.put(child.upn(), child);
            }
        }
    }

    /**
     * The child a row names, or the problem with it (column and {@code import.problem.} key): neither given,
     * a reference or UPN of no child here, or a reference and UPN of two different children.
     */
    public Optional<MigrationChild> find(int row, String reference, String upn, List<MigrationProblem> problems) {
        MigrationChild byRef = reference == null ? null : byReference.get(reference);
        MigrationChild byU = upn == null ? null : byUpn.get(upn);
        if (reference == null && upn == null) {
            problems.add(new MigrationProblem(row, "child_reference", "child.required"));
            return Optional.empty();
        }
        if (reference != null && byRef == null) {
            problems.add(new MigrationProblem(row, "child_reference", "child.unknown"));
            return Optional.empty();
        }
        if (upn != null && byU == null) {
            problems.add(new MigrationProblem(row, "upn", "child.unknownUpn"));
            return Optional.empty();
        }
        if (byRef != null && byU != null && byRef.id() != byU.id()) {
            problems.add(new MigrationProblem(row, "upn", "child.mismatch"));
            return Optional.empty();
        }
        return Optional.of(byRef != null ? byRef : byU);
    }
}
