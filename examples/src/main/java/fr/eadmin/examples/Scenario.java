package fr.eadmin.examples;

/** One town's need, run end to end on the embedded defaults. */
public interface Scenario {
    /**
     * A short name, used as the scenario's folder and in {@code index.json}.
     *
     * @return the name, such as {@code "maurepas"}
     */
    String name();

    /**
     * One line saying what the scenario shows.
     *
     * @return the description
     */
    String description();

    /**
     * Runs the scenario.
     *
     * @param context where to write and what to use
     * @throws Exception if the scenario fails; the main job stops and reports it
     */
    void run(ScenarioContext context) throws Exception;
}
