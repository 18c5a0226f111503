package uk.send.commissioning.forecast;

/** A scenario refused by its rules: the message key, about the scenario's name. */
public class ScenarioRefusal extends RuntimeException {

    private final String key;

    public ScenarioRefusal(String key) {
        super(key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
