package io.github.mlgate.deployment;

import java.util.List;

/**
 * An input or output of a model.
 *
 * @param name its name in the model
 * @param kind {@code tensor}, {@code sequence}, {@code map} or {@code optional}
 * @param elementType a tensor's element type, as ONNX names it ({@code float}, {@code double}, {@code int64},
 *     {@code int32}, {@code string}, {@code bool}, ...); empty for other kinds
 * @param shape a tensor's dimensions, -1 where the model leaves one free (the batch, usually)
 */
public record ModelPort(String name, String kind, String elementType, List<Long> shape) {

    /**
     * The signature as a person reads it.
     *
     * @return for example {@code tensor(float)[N, 3]}
     */
    public String describe() {
        if (!kind.equals("tensor")) {
            return kind;
        }
        return "tensor(" + elementType + ")"
                + shape.stream()
                        .map(d -> d < 0 ? "N" : Long.toString(d))
                        .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    /**
     * How many columns a row of this tensor has: 1 for {@code [N]} and {@code [N, 1]}, F for {@code [N, F]}.
     *
     * @return the columns, or -1 when the second dimension is free or the rank is above 2
     */
    public long columns() {
        if (shape.size() <= 1) {
            return 1;
        }
        return shape.size() == 2 ? shape.get(1) : -1;
    }
}
