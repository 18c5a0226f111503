package uk.send.domain.reference;

import java.util.List;

/**
 * Read model: what a GIAS extract changes. {@code changes} lists each row that adds, updates, closes or reopens
 * a setting, or that is left out and why; {@code unchanged} counts the rows that match what is recorded, and
 * {@code ignored} the rows about settings that are closed and were never recorded.
 */
public record SettingChanges(List<SettingChange> changes, int unchanged, int ignored) {

    public SettingChanges {
        changes = List.copyOf(changes);
    }

    public long count(SettingChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** How many settings applying the extract adds, updates, closes or reopens. */
    public long applied() {
        return changes.stream().filter(SettingChange::isApplied).count();
    }
}
