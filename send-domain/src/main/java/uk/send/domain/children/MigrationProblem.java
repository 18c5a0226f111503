package uk.send.domain.children;

/**
 * Read model: why a row of a migration file is refused. {@code column} is the template's column name;
 * {@code problem} a message key under {@code import.problem.}.
 */
public record MigrationProblem(int row, String column, String problem) {
}
