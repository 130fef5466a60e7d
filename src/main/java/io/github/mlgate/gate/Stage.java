package io.github.mlgate.gate;

/** The stages of an ML project, in the order their exits must hold. Each gate guards the exit of one stage. */
public enum Stage {
    /** The problem, objectives, success criteria, risks, costs and baselines are stated. */
    SCOPE("stage.scope"),
    /** The data are ingested, validated, cleaned and split. */
    DATA("stage.data"),
    /** The model is trained, evaluated against its criteria and compared with its baselines. */
    MODELLING("stage.modelling"),
    /** The model is served and monitored. */
    DEPLOYMENT("stage.deployment");

    private final String textKey;

    Stage(String textKey) {
        this.textKey = textKey;
    }

    /**
     * The key of the stage's name in the report's resource bundles.
     *
     * @return the key, for example {@code stage.data}
     */
    public String textKey() {
        return textKey;
    }
}
