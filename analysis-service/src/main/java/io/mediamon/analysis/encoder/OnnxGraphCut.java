package io.mediamon.analysis.encoder;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites an ONNX {@code ModelProto} in memory so that one intermediate tensor becomes the graph's only output, and
 * drops every node and initializer that tensor does not depend on ({@link #cutAt}); or keeps only the part between two
 * tensors ({@link #tail}). Works on the protobuf wire format without
 * generated classes: ModelProto.graph = 7; GraphProto.node = 1, initializer = 5, output = 12, value_info = 13;
 * NodeProto.input = 1, output = 2; ValueInfoProto.name = 1, type = 2; TensorProto.name = 8.
 * The artifact itself is never modified; the cut model exists only in memory.
 */
public final class OnnxGraphCut {

    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_INPUT = 11;
    private static final int GRAPH_OUTPUT = 12;
    private static final int GRAPH_VALUE_INFO = 13;
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int VALUE_NAME = 1;
    private static final int VALUE_TYPE = 2;
    private static final int TENSOR_NAME = 8;

    private OnnxGraphCut() {
    }

    /** Every node output name of the model's main graph, in graph order. */
    public static List<String> nodeOutputs(byte[] model) throws InvalidProtocolBufferException {
        List<String> out = new ArrayList<>();
        for (ByteString node : field(graph(model), GRAPH_NODE)) {
            for (ByteString name : field(UnknownFieldSet.parseFrom(node), NODE_OUTPUT)) {
                out.add(name.toStringUtf8());
            }
        }
        return out;
    }

    /**
     * The model with {@code tensor} as its single output (typed like the model's first output) and only the nodes
     * and initializers needed to compute it.
     */
    public static byte[] cutAt(byte[] model, String tensor) throws InvalidProtocolBufferException {
        return subgraph(model, null, tensor);
    }

    /**
     * The part of the model from tensor {@code from} to tensor {@code to}: {@code from} becomes a graph input (typed
     * like the model's first output: float, batch x tokens x width), {@code to} the only output, and only the nodes,
     * initializers and original inputs needed to compute {@code to} from {@code from} are kept. With
     * {@link #cutAt} on {@code from}, it splits the model in two halves whose chain computes the whole.
     */
    public static byte[] tail(byte[] model, String from, String to) throws InvalidProtocolBufferException {
        return subgraph(model, from, to);
    }

    private static byte[] subgraph(byte[] model, String from, String tensor) throws InvalidProtocolBufferException {
        UnknownFieldSet modelFields = UnknownFieldSet.parseFrom(model);
        UnknownFieldSet graph = graph(model);
        List<ByteString> nodes = field(graph, GRAPH_NODE);
        Map<String, Integer> producer = new HashMap<>();
        List<UnknownFieldSet> parsed = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            UnknownFieldSet node = UnknownFieldSet.parseFrom(nodes.get(i));
            parsed.add(node);
            for (ByteString out : field(node, NODE_OUTPUT)) {
                producer.put(out.toStringUtf8(), i);
            }
        }
        if (!producer.containsKey(tensor)) {
            throw new IllegalArgumentException("no node produces tensor " + tensor);
        }
        if (from != null && !producer.containsKey(from)) {
            throw new IllegalArgumentException("no node produces tensor " + from);
        }
        boolean[] keep = new boolean[nodes.size()];
        Set<String> used = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(tensor);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!used.add(name)) {
                continue;
            }
            Integer at = name.equals(from) ? null : producer.get(name);
            if (at != null && !keep[at]) {
                keep[at] = true;
                for (ByteString in : field(parsed.get(at), NODE_INPUT)) {
                    todo.push(in.toStringUtf8());
                }
            }
        }
        List<ByteString> outputs = field(graph, GRAPH_OUTPUT);
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("model has no graph output to copy the type from");
        }
        UnknownFieldSet firstOutput = UnknownFieldSet.parseFrom(outputs.get(0));
        UnknownFieldSet newOutput = typedLike(firstOutput, tensor);
        if (from != null && !used.contains(from)) {
            throw new IllegalArgumentException(tensor + " does not depend on " + from);
        }

        UnknownFieldSet.Builder g = UnknownFieldSet.newBuilder(graph);
        List<ByteString> keptNodes = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (keep[i]) {
                keptNodes.add(nodes.get(i));
            }
        }
        g.clearField(GRAPH_NODE).addField(GRAPH_NODE, lengthDelimited(keptNodes));
        g.clearField(GRAPH_INITIALIZER).addField(GRAPH_INITIALIZER,
                lengthDelimited(named(field(graph, GRAPH_INITIALIZER), TENSOR_NAME, used)));
        List<ByteString> inputs = new ArrayList<>(named(field(graph, GRAPH_INPUT), VALUE_NAME, used));
        if (from != null) {
            inputs.add(typedLike(firstOutput, from).toByteString());
        }
        g.clearField(GRAPH_INPUT).addField(GRAPH_INPUT, lengthDelimited(inputs));
        Set<String> described = new HashSet<>(used);
        if (from != null) {
            described.remove(from);
        }
        g.clearField(GRAPH_VALUE_INFO).addField(GRAPH_VALUE_INFO,
                lengthDelimited(named(field(graph, GRAPH_VALUE_INFO), VALUE_NAME, described)));
        g.clearField(GRAPH_OUTPUT).addField(GRAPH_OUTPUT,
                lengthDelimited(List.of(newOutput.toByteString())));
        return UnknownFieldSet.newBuilder(modelFields)
                .clearField(MODEL_GRAPH)
                .addField(MODEL_GRAPH, lengthDelimited(List.of(g.build().toByteString())))
                .build().toByteArray();
    }

    /** A value-info named {@code name} with the type of {@code like}. */
    private static UnknownFieldSet typedLike(UnknownFieldSet like, String name) {
        UnknownFieldSet.Builder out = UnknownFieldSet.newBuilder()
                .addField(VALUE_NAME, lengthDelimited(List.of(ByteString.copyFromUtf8(name))));
        if (like.hasField(VALUE_TYPE)) {
            out.addField(VALUE_TYPE, like.getField(VALUE_TYPE));
        }
        return out.build();
    }

    private static List<ByteString> named(List<ByteString> messages, int nameField, Set<String> used)
            throws InvalidProtocolBufferException {
        List<ByteString> kept = new ArrayList<>();
        for (ByteString m : messages) {
            List<ByteString> name = field(UnknownFieldSet.parseFrom(m), nameField);
            if (!name.isEmpty() && used.contains(name.get(0).toStringUtf8())) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static UnknownFieldSet graph(byte[] model) throws InvalidProtocolBufferException {
        List<ByteString> graph = field(UnknownFieldSet.parseFrom(model), MODEL_GRAPH);
        if (graph.size() != 1) {
            throw new InvalidProtocolBufferException("ONNX model has " + graph.size() + " graphs, expected 1");
        }
        return UnknownFieldSet.parseFrom(graph.get(0));
    }

    private static List<ByteString> field(UnknownFieldSet message, int number) {
        return message.hasField(number) ? message.getField(number).getLengthDelimitedList() : List.of();
    }

    private static UnknownFieldSet.Field lengthDelimited(List<ByteString> values) {
        UnknownFieldSet.Field.Builder f = UnknownFieldSet.Field.newBuilder();
        values.forEach(f::addLengthDelimited);
        return f.build();
    }
}
