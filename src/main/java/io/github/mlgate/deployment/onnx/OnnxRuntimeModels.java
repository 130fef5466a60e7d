package io.github.mlgate.deployment.onnx;

import ai.onnxruntime.MapInfo;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.SequenceInfo;
import ai.onnxruntime.TensorInfo;
import ai.onnxruntime.ValueInfo;
import io.github.mlgate.deployment.ModelException;
import io.github.mlgate.deployment.ModelPort;
import io.github.mlgate.deployment.ModelRuntime;
import io.github.mlgate.deployment.ServedModel;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Loads ONNX models with ONNX Runtime, on the CPU, as a serving process would. */
public final class OnnxRuntimeModels implements ModelRuntime {

    /** Creates the runtime; ONNX Runtime's native library loads with the first model. */
    public OnnxRuntimeModels() {}

    @Override
    public String describe() {
        String version = OrtEnvironment.class.getPackage().getImplementationVersion();
        return "ONNX Runtime" + (version == null ? "" : " " + version);
    }

    @Override
    public ServedModel load(Path model) throws ModelException {
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            OrtSession session = environment.createSession(model.toString(), options);
            return new Loaded(environment, session, ports(session.getInputInfo()), ports(session.getOutputInfo()));
        } catch (OrtException e) {
            throw new ModelException(e.getMessage());
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new ModelException("ONNX Runtime's native library cannot be loaded on this machine ("
                    + System.getProperty("os.name") + ", " + System.getProperty("os.arch") + "): " + e.getMessage());
        }
    }

    private static List<ModelPort> ports(Map<String, NodeInfo> infos) {
        List<ModelPort> ports = new ArrayList<>();
        for (NodeInfo node : infos.values()) {
            ValueInfo info = node.getInfo();
            if (info instanceof TensorInfo tensor) {
                List<Long> shape = Arrays.stream(tensor.getShape()).boxed().toList();
                ports.add(new ModelPort(node.getName(), "tensor", elementType(tensor), shape));
            } else if (info instanceof SequenceInfo) {
                ports.add(new ModelPort(node.getName(), "sequence", "", List.of()));
            } else if (info instanceof MapInfo) {
                ports.add(new ModelPort(node.getName(), "map", "", List.of()));
            } else {
                ports.add(new ModelPort(node.getName(), "optional", "", List.of()));
            }
        }
        return ports;
    }

    /** The element type as ONNX names it: {@code tensor(float)} and so on. */
    private static String elementType(TensorInfo tensor) {
        return switch (tensor.onnxType) {
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT -> "float";
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_DOUBLE -> "double";
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_INT64 -> "int64";
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_INT32 -> "int32";
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_STRING -> "string";
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_BOOL -> "bool";
            default ->
                tensor.onnxType
                        .name()
                        .substring("ONNX_TENSOR_ELEMENT_DATA_TYPE_".length())
                        .toLowerCase(Locale.ROOT);
        };
    }

    /** A loaded session. */
    private static final class Loaded implements ServedModel {
        private final OrtEnvironment environment;
        private final OrtSession session;
        private final List<ModelPort> inputs;
        private final List<ModelPort> outputs;

        Loaded(OrtEnvironment environment, OrtSession session, List<ModelPort> inputs, List<ModelPort> outputs) {
            this.environment = environment;
            this.session = session;
            this.inputs = List.copyOf(inputs);
            this.outputs = List.copyOf(outputs);
        }

        @Override
        public List<ModelPort> inputs() {
            return inputs;
        }

        @Override
        public List<ModelPort> outputs() {
            return outputs;
        }

        @Override
        public Map<String, double[][]> run(Map<String, List<Object[]>> feeds, int rows) throws ModelException {
            Map<String, OnnxTensor> tensors = new LinkedHashMap<>();
            try {
                for (ModelPort input : inputs) {
                    List<Object[]> columns = feeds.get(input.name());
                    if (columns == null) {
                        throw new ModelException("no values for the model's input '" + input.name() + "'");
                    }
                    tensors.put(input.name(), tensor(input, columns, rows));
                }
                Map<String, double[][]> results = new LinkedHashMap<>();
                try (OrtSession.Result result = session.run(tensors)) {
                    for (Map.Entry<String, OnnxValue> output : result) {
                        if (output.getValue() instanceof OnnxTensor tensor) {
                            double[][] values = numbers(tensor, rows);
                            if (values != null) {
                                results.put(output.getKey(), values);
                            }
                        }
                    }
                }
                return results;
            } catch (OrtException e) {
                throw new ModelException(e.getMessage());
            } finally {
                tensors.values().forEach(OnnxTensor::close);
            }
        }

        /** A tensor of the input's element type and shape: {@code [N]}, or {@code [N, columns]}. */
        private OnnxTensor tensor(ModelPort input, List<Object[]> columns, int rows)
                throws OrtException, ModelException {
            int width = columns.size();
            long[] shape = input.shape().size() == 1 ? new long[] {rows} : new long[] {rows, width};
            int cells = rows * width;
            switch (input.elementType()) {
                case "float" -> {
                    FloatBuffer buffer = ByteBuffer.allocateDirect(cells * 4)
                            .order(ByteOrder.nativeOrder())
                            .asFloatBuffer();
                    for (int r = 0; r < rows; r++) {
                        for (Object[] column : columns) {
                            buffer.put((float) number(column[r], input));
                        }
                    }
                    return OnnxTensor.createTensor(environment, buffer.rewind(), shape);
                }
                case "double" -> {
                    DoubleBuffer buffer = ByteBuffer.allocateDirect(cells * 8)
                            .order(ByteOrder.nativeOrder())
                            .asDoubleBuffer();
                    for (int r = 0; r < rows; r++) {
                        for (Object[] column : columns) {
                            buffer.put(number(column[r], input));
                        }
                    }
                    return OnnxTensor.createTensor(environment, buffer.rewind(), shape);
                }
                case "int64" -> {
                    LongBuffer buffer = ByteBuffer.allocateDirect(cells * 8)
                            .order(ByteOrder.nativeOrder())
                            .asLongBuffer();
                    for (int r = 0; r < rows; r++) {
                        for (Object[] column : columns) {
                            buffer.put(integer(column[r], input));
                        }
                    }
                    return OnnxTensor.createTensor(environment, buffer.rewind(), shape);
                }
                case "int32" -> {
                    IntBuffer buffer = ByteBuffer.allocateDirect(cells * 4)
                            .order(ByteOrder.nativeOrder())
                            .asIntBuffer();
                    for (int r = 0; r < rows; r++) {
                        for (Object[] column : columns) {
                            buffer.put(Math.toIntExact(integer(column[r], input)));
                        }
                    }
                    return OnnxTensor.createTensor(environment, buffer.rewind(), shape);
                }
                case "string" -> {
                    String[] values = new String[cells];
                    int i = 0;
                    for (int r = 0; r < rows; r++) {
                        for (Object[] column : columns) {
                            values[i++] = column[r] == null ? "" : column[r].toString();
                        }
                    }
                    return OnnxTensor.createTensor(environment, values, shape);
                }
                case "bool" -> {
                    ByteBuffer buffer = ByteBuffer.allocateDirect(cells).order(ByteOrder.nativeOrder());
                    for (int r = 0; r < rows; r++) {
                        for (Object[] column : columns) {
                            buffer.put((byte) (Boolean.TRUE.equals(column[r]) ? 1 : 0));
                        }
                    }
                    return OnnxTensor.createTensor(environment, buffer.rewind(), shape, OnnxJavaType.BOOL);
                }
                default ->
                    throw new ModelException("the model's input '" + input.name() + "' takes " + input.describe()
                            + ", which mlgate cannot feed from a data package");
            }
        }

        private static double number(Object value, ModelPort input) throws ModelException {
            if (value == null) {
                return Double.NaN;
            }
            if (value instanceof Number number) {
                return number.doubleValue();
            }
            if (value instanceof Boolean bool) {
                return bool ? 1 : 0;
            }
            throw new ModelException("the model's input '" + input.name() + "' takes numbers, not '" + value + "'");
        }

        private static long integer(Object value, ModelPort input) throws ModelException {
            if (value instanceof Long || value instanceof Integer) {
                return ((Number) value).longValue();
            }
            if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9.0e15) {
                return d.longValue();
            }
            throw new ModelException("the model's input '" + input.name() + "' takes integers, not "
                    + (value == null ? "a missing value" : "'" + value + "'"));
        }

        /** A numeric tensor's values as rows of columns, or null for other element types. */
        private static double[][] numbers(OnnxTensor tensor, int rows) {
            TensorInfo info = tensor.getInfo();
            long elements = info.getNumElements();
            if (rows == 0 || elements % rows != 0) {
                return null;
            }
            int width = (int) (elements / rows);
            double[][] values = new double[rows][width];
            switch (info.type) {
                case FLOAT -> {
                    FloatBuffer buffer = tensor.getFloatBuffer();
                    for (int i = 0; i < elements; i++) {
                        values[i / width][i % width] = buffer.get(i);
                    }
                }
                case DOUBLE -> {
                    DoubleBuffer buffer = tensor.getDoubleBuffer();
                    for (int i = 0; i < elements; i++) {
                        values[i / width][i % width] = buffer.get(i);
                    }
                }
                case INT64 -> {
                    LongBuffer buffer = tensor.getLongBuffer();
                    for (int i = 0; i < elements; i++) {
                        values[i / width][i % width] = buffer.get(i);
                    }
                }
                case INT32 -> {
                    IntBuffer buffer = tensor.getIntBuffer();
                    for (int i = 0; i < elements; i++) {
                        values[i / width][i % width] = buffer.get(i);
                    }
                }
                default -> {
                    return null;
                }
            }
            return values;
        }

        @Override
        public void close() {
            try {
                session.close();
            } catch (OrtException e) {
                // Closing frees native memory; a failure to do so changes no result.
            }
        }
    }
}
