package io.github.mlgate.deployment;

import java.util.List;
import java.util.Map;

/** A model loaded in its serving runtime: its signature, and scoring. */
public interface ServedModel extends AutoCloseable {

    /**
     * What the model takes.
     *
     * @return the inputs, in the model's order
     */
    List<ModelPort> inputs();

    /**
     * What the model gives.
     *
     * @return the outputs, in the model's order
     */
    List<ModelPort> outputs();

    /**
     * Runs the model on rows.
     *
     * @param feeds each input's columns: one column for an input of shape {@code [N]} or {@code [N, 1]}, one per
     *     feature for {@code [N, F]}; each column holds one value per row (Double, Long, String or Boolean, null for
     *     a missing value)
     * @param rows how many rows
     * @return each numeric output's values, as rows of columns; outputs that are not numeric tensors are left out
     * @throws ModelException when the model fails on the rows
     */
    Map<String, double[][]> run(Map<String, List<Object[]>> feeds, int rows) throws ModelException;

    @Override
    void close();
}
