package uk.send.web.generator;

/**
 * One area of the product's data: the tables one feature owns. {@link GenerateData#AREAS} runs them in order,
 * each reading what the areas before it left in the {@link Generation} (ids, who is where) and adding its own.
 * A new feature adds its tables by adding an area (a class of its own) to that list.
 */
interface Area {

    /** For the report. */
    String name();

    /**
     * Writes this area's rows through {@link Generation#table}; the generation loads them with COPY when the
     * area returns, in the order the tables were first asked for (so a table that others refer to comes first).
     */
    void generate(Generation g);
}
