package trustline.graph;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.neo4j.exceptions.KernelException;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.CursorFactory;
import org.neo4j.internal.kernel.api.IndexQueryConstraints;
import org.neo4j.internal.kernel.api.NodeCursor;
import org.neo4j.internal.kernel.api.NodeLabelIndexCursor;
import org.neo4j.internal.kernel.api.PropertyCursor;
import org.neo4j.internal.kernel.api.Read;
import org.neo4j.internal.kernel.api.TokenPredicate;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.internal.schema.IndexDescriptor;
import org.neo4j.internal.schema.SchemaDescriptors;
import org.neo4j.io.pagecache.context.CursorContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.memory.MemoryTracker;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;
import org.neo4j.storageengine.api.PropertySelection;
import org.neo4j.token.api.TokenConstants;
import org.neo4j.values.storable.BooleanValue;
import org.neo4j.values.storable.NumberValue;
import org.neo4j.values.storable.TextValue;
import org.neo4j.values.storable.Value;

/**
 * trustline.memberColumns(numbers, texts): every :Member's id and the named properties, packed for
 * the global recompute's member read (graph/trust-recompute.ts), for the same reason as
 * TrustEdgeExport: the driver decodes a record's values one by one on the recompute's one
 * JavaScript thread, and at 100k members with twelve values each that read cost about as much
 * as the million packed edges. The property names come from the caller; nothing here knows what
 * they mean.
 *
 * It reads through the kernel's cursors, each member's property chain once for all the names
 * (the Core API's getProperty and getProperties walked it three times, building a map twice).
 *
 * Each row is a chunk of at most CHUNK members:
 * - ids: the members' ids, in the order of the other two columns;
 * - numbers: base64 text of one little-endian float64 per member per name of `numbers`, member
 *   by member. A boolean is 1 or 0; a missing or non-numeric property is NaN;
 * - texts: one string per member per name of `texts`, member by member; null where the property
 *   is missing or not a string.
 */
public final class MemberColumnsExport {
    /** Members per row: 256 make a row of about 47 KB, within one Bolt chunk (see TrustEdgeExport.CHUNK). */
    static final int CHUNK = 256;

    @Context
    public Transaction tx;

    /** One chunk of members (see the class comment for the layout). */
    public static final class Chunk {
        public List<String> ids;
        public String numbers;
        public List<String> texts;

        Chunk(List<String> ids, String numbers, List<String> texts) {
            this.ids = ids;
            this.numbers = numbers;
            this.texts = texts;
        }
    }

    @Procedure(name = "trustline.memberColumns", mode = Mode.READ)
    @Description("Every member's id and the named properties, packed in chunks for Trustline's global recompute.")
    public Stream<Chunk> memberColumns(@Name("numbers") List<String> numbers, @Name("texts") List<String> texts) {
        KernelTransaction ktx = ((InternalTransaction) tx).kernelTransaction();
        int label = ktx.tokenRead().nodeLabel("Member");
        if (label == TokenConstants.NO_TOKEN) return Stream.empty();
        Chunks chunks = new Chunks(ktx, label, numbers, texts);
        return Packed.stream(chunks, chunks);
    }

    /** Walks the members chunk by chunk; closing it (with the stream) closes its cursors. */
    private static final class Chunks implements Iterator<Chunk>, AutoCloseable {
        private final Read read;
        private final int label;
        /** The label lookup index's cursor, or null when every node is scanned instead. */
        private final NodeLabelIndexCursor members;
        private final NodeCursor node;
        private final PropertyCursor properties;
        private final PropertySelection selection;
        private final int idKey;
        /** The property key id of each name asked for, in the caller's order (NO_TOKEN: no node has it). */
        private final int[] numberKeys;
        private final int[] textKeys;
        private final double[] numberValues;
        private final String[] textValues;
        private boolean pending;

        Chunks(KernelTransaction ktx, int label, List<String> numbers, List<String> texts) {
            read = ktx.dataRead();
            TokenRead tokens = ktx.tokenRead();
            CursorFactory cursors = ktx.cursors();
            CursorContext context = ktx.cursorContext();
            MemoryTracker memory = ktx.memoryTracker();
            idKey = tokens.propertyKey("id");
            // A name no node has ever had has no token: its column is NaN / null throughout.
            numberKeys = numbers.stream().mapToInt(tokens::propertyKey).toArray();
            textKeys = texts.stream().mapToInt(tokens::propertyKey).toArray();
            numberValues = new double[numberKeys.length];
            textValues = new String[textKeys.length];
            selection = PropertySelection.selection(IntStream.concat(IntStream.of(idKey), IntStream.concat(IntStream.of(numberKeys), IntStream.of(textKeys)))
                    .filter(k -> k != TokenConstants.NO_TOKEN)
                    .distinct()
                    .toArray());
            this.label = label;
            node = cursors.allocateNodeCursor(context, memory);
            properties = cursors.allocatePropertyCursor(context, memory);
            // By the label lookup index when it is online (as Neo4j creates it), else by a scan of every node.
            IndexDescriptor labelIndex = Packed.onlineTokenIndex(ktx, SchemaDescriptors.ANY_TOKEN_NODE_SCHEMA_DESCRIPTOR);
            if (labelIndex != null) {
                members = cursors.allocateNodeLabelIndexCursor(context, memory);
                try {
                    read.nodeLabelScan(read.tokenReadSession(labelIndex), members, IndexQueryConstraints.unconstrained(), new TokenPredicate(label), context);
                } catch (KernelException e) {
                    throw new IllegalStateException("cannot read the node label index", e);
                }
            } else {
                members = null;
                read.allNodesScan(node);
            }
            pending = nextMember();
        }

        /** Moves `node` to the next member (skipping an index entry whose node is gone since). */
        private boolean nextMember() {
            if (members == null) {
                while (node.next()) if (node.hasLabel(label)) return true;
                return false;
            }
            while (members.next()) {
                read.singleNode(members.nodeReference(), node);
                if (node.next()) return true;
            }
            return false;
        }

        @Override
        public boolean hasNext() {
            return pending;
        }

        @Override
        public Chunk next() {
            List<String> ids = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            ByteBuffer buf = Packed.buffer(CHUNK * numberKeys.length * Double.BYTES);
            for (; pending && ids.size() < CHUNK; pending = nextMember()) {
                ids.add(readMember());
                for (double v : numberValues) buf.putDouble(v);
                texts.addAll(Arrays.asList(textValues));
            }
            return new Chunk(ids, Packed.base64(buf), texts);
        }

        /** The member under `node`: its id, and its values into numberValues and textValues, in one walk of its properties. */
        private String readMember() {
            Arrays.fill(numberValues, Double.NaN);
            Arrays.fill(textValues, null);
            String id = null;
            node.properties(properties, selection);
            while (properties.next()) {
                int key = properties.propertyKey();
                Value v = properties.propertyValue();
                if (key == idKey && v instanceof TextValue t) id = t.stringValue();
                for (int k = 0; k < numberKeys.length; k++) if (numberKeys[k] == key) numberValues[k] = number(v);
                for (int k = 0; k < textKeys.length; k++) if (textKeys[k] == key && v instanceof TextValue t) textValues[k] = t.stringValue();
            }
            if (id == null) throw new IllegalStateException("member node " + node.nodeReference() + " has no id");
            return id;
        }

        private static double number(Value value) {
            if (value instanceof NumberValue n) return n.doubleValue();
            if (value instanceof BooleanValue b) return b.booleanValue() ? 1 : 0;
            return Double.NaN;
        }

        @Override
        public void close() {
            if (members != null) members.close();
            node.close();
            properties.close();
        }
    }
}
