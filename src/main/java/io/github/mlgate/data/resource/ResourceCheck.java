package io.github.mlgate.data.resource;

/**
 * One resource's checks as the data gate runs them, whichever path reads it: its files streamed on every core ({@code
 * stream.ResourceValidator}), or its engine asked for the counts ({@code engine.EngineValidator}). The gate runs each
 * once, then reads the same three results from either.
 */
public interface ResourceCheck {

    /**
     * Checks the resource: a file or an engine that cannot be read is an error in the log, never an exception.
     *
     * @return the errors
     */
    ErrorLog validate();

    /**
     * The errors found.
     *
     * @return the log
     */
    ErrorLog log();

    /**
     * How many data rows were read.
     *
     * @return the rows
     */
    long rows();

    /**
     * The profile of every field: empty when the resource could not be read.
     *
     * @return the profile
     */
    DataSummary.Profile profile();
}
