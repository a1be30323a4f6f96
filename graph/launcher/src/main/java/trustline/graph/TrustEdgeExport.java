package trustline.graph;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.CursorFactory;
import org.neo4j.internal.kernel.api.IndexQueryConstraints;
import org.neo4j.internal.kernel.api.NodeCursor;
import org.neo4j.internal.kernel.api.PropertyCursor;
import org.neo4j.internal.kernel.api.Read;
import org.neo4j.internal.kernel.api.RelationshipDataAccessor;
import org.neo4j.internal.kernel.api.RelationshipScanCursor;
import org.neo4j.internal.kernel.api.RelationshipTypeIndexCursor;
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
import org.neo4j.procedure.Procedure;
import org.neo4j.storageengine.api.PropertySelection;
import org.neo4j.token.api.TokenConstants;
import org.neo4j.values.storable.NumberValue;
import org.neo4j.values.storable.TextValue;
import org.neo4j.values.storable.Value;

/**
 * trustline.trustEdges(): every (:Member)-[:TRUST_EDGE]->(:Member) of the database, packed for the
 * global recompute (graph/trust-edges.ts). It moves no trust maths into the database: it reads the
 * stored sums, as the Cypher read does, but by the relationship type's index and without turning
 * each edge into a Bolt list of five values that the driver decodes one by one on the recompute's
 * single JavaScript thread. Measured on the benchmark's million edges: about 1 s, against 7-8 s
 * (and 9-12 s of the database's CPU) for the Cypher read.
 *
 * It reads through the kernel's cursors, not the Core API's Relationship objects, which built a
 * map of every edge's four properties: interleaved in one database, the kernel read took the
 * procedure from 0.87 s to 0.6 s of its thread for the benchmark's million edges.
 *
 * Each row is a chunk of at most CHUNK edges:
 * - ids: the member ids met for the first time in this chunk, in order; a member's index is its
 *   position in all chunks' ids laid end to end;
 * - edges: base64 text of EDGE_BYTES per edge, little-endian: rater index (int32), recommender
 *   index (int32), positive (float64), negative (float64), count (int32), at (float64: ms since
 *   the epoch, an integer a double holds exactly, so the reader needs no 64-bit integers).
 *   Text, not a byte array: the JavaScript driver decodes a byte array one byte at a time (about
 *   6 s of Node's CPU for a million edges), a string natively, at once.
 *
 * Registered by the embedded launchers (Procedures.java), so `npm start` needs no plugin folder;
 * a Neo4j at NEO4J_URI does not have it, and the recompute reads by Cypher there.
 */
public final class TrustEdgeExport {
    /**
     * Edges per row: 1,024 make 49 KB of base64, so a row (with the few ids first met in it, once
     * the first rows have met most members) fits in one Bolt chunk of at most 64 KB. The
     * JavaScript driver decodes every string of a message that spans several chunks through a
     * slower path (a StringDecoder per string over all the chunks); with 65,536 edges a row,
     * that decoding was the largest part of the read's JavaScript time.
     */
    static final int CHUNK = 1_024;
    static final int EDGE_BYTES = 36;
    private static final int UNSEEN = -1;
    private static final int NOT_MEMBER = -2;
    /** The edge's properties, in the order of the packed layout after the two indexes. */
    private static final String[] EDGE_KEYS = {"positive", "negative", "count", "at"};

    @Context
    public Transaction tx;

    /** One chunk of edges (see the class comment for the layout). */
    public static final class Chunk {
        public List<String> ids;
        public String edges;

        Chunk(List<String> ids, String edges) {
            this.ids = ids;
            this.edges = edges;
        }
    }

    @Procedure(name = "trustline.trustEdges", mode = Mode.READ)
    @Description("Every trust edge between members, packed in chunks for Trustline's global recompute.")
    public Stream<Chunk> trustEdges() {
        KernelTransaction ktx = ((InternalTransaction) tx).kernelTransaction();
        TokenRead tokens = ktx.tokenRead();
        int type = tokens.relationshipType("TRUST_EDGE");
        if (type == TokenConstants.NO_TOKEN) return Stream.empty();
        Chunks chunks = new Chunks(ktx, type);
        return Packed.stream(chunks, chunks);
    }

    /** Walks the edges chunk by chunk; closing it (with the stream) closes its cursors. */
    private static final class Chunks implements Iterator<Chunk>, AutoCloseable {
        private final Read read;
        private final Edges edges;
        private final NodeCursor node;
        private final PropertyCursor nodeProperties;
        private final PropertyCursor edgeProperties;
        private final int memberLabel;
        private final PropertySelection idKey;
        private final PropertySelection edgeKeys;
        private final int[] edgeKeyIds = new int[EDGE_KEYS.length];
        private final double[] edgeValues = new double[EDGE_KEYS.length];
        // Node id -> member index (NOT_MEMBER for a node without the label); ids not yet sent.
        private final LongIntHashMap index = new LongIntHashMap();
        private List<String> newIds = new ArrayList<>();
        private int members;
        private boolean pending;

        Chunks(KernelTransaction ktx, int type) {
            read = ktx.dataRead();
            TokenRead tokens = ktx.tokenRead();
            CursorFactory cursors = ktx.cursors();
            CursorContext context = ktx.cursorContext();
            MemoryTracker memory = ktx.memoryTracker();
            memberLabel = tokens.nodeLabel("Member");
            idKey = PropertySelection.selection(tokens.propertyKey("id"));
            for (int k = 0; k < EDGE_KEYS.length; k++) edgeKeyIds[k] = tokens.propertyKey(EDGE_KEYS[k]);
            edgeKeys = PropertySelection.selection(edgeKeyIds);
            node = cursors.allocateNodeCursor(context, memory);
            nodeProperties = cursors.allocatePropertyCursor(context, memory);
            edgeProperties = cursors.allocatePropertyCursor(context, memory);
            edges = Edges.of(ktx, type);
            pending = edges.next();
        }

        @Override
        public boolean hasNext() {
            return pending;
        }

        @Override
        public Chunk next() {
            ByteBuffer buf = Packed.buffer(CHUNK * EDGE_BYTES);
            int count = 0;
            RelationshipDataAccessor e = edges.cursor;
            for (; pending && count < CHUNK; pending = edges.next()) {
                int rater = indexOf(e.sourceNodeReference());
                int recommender = indexOf(e.targetNodeReference());
                // As the Cypher read's (:Member)-[:TRUST_EDGE]->(:Member): other edges are not trust.
                if (rater == NOT_MEMBER || recommender == NOT_MEMBER) continue;
                readEdgeValues(e);
                buf.putInt(rater)
                        .putInt(recommender)
                        .putDouble(edgeValues[0])
                        .putDouble(edgeValues[1])
                        .putInt((int) edgeValues[2])
                        .putDouble(edgeValues[3]);
                count++;
            }
            Chunk chunk = new Chunk(newIds, Packed.base64(buf));
            newIds = new ArrayList<>();
            return chunk;
        }

        /** The four stored sums, in one walk of the edge's property chain; an edge without one is broken data. */
        private void readEdgeValues(RelationshipDataAccessor e) {
            Arrays.fill(edgeValues, Double.NaN);
            e.properties(edgeProperties, edgeKeys);
            while (edgeProperties.next()) {
                int key = edgeProperties.propertyKey();
                for (int k = 0; k < edgeKeyIds.length; k++) {
                    if (edgeKeyIds[k] != key) continue;
                    Value v = edgeProperties.propertyValue();
                    // `at` and `count` are integers: read exactly, then held as a double (see the layout).
                    if (v instanceof NumberValue n) edgeValues[k] = k >= 2 ? (double) n.longValue() : n.doubleValue();
                }
            }
            for (int k = 0; k < EDGE_KEYS.length; k++) {
                if (Double.isNaN(edgeValues[k])) {
                    throw new IllegalStateException("trust edge " + e.relationshipReference() + " has no numeric " + EDGE_KEYS[k]);
                }
            }
        }

        /** The member's index, given on first sight (its labels and id read only then). */
        private int indexOf(long nodeId) {
            int known = index.getIfAbsent(nodeId, UNSEEN);
            if (known != UNSEEN) return known;
            int assigned = NOT_MEMBER;
            read.singleNode(nodeId, node);
            if (node.next() && node.hasLabel(memberLabel)) {
                node.properties(nodeProperties, idKey);
                if (!(nodeProperties.next() && nodeProperties.propertyValue() instanceof TextValue id)) {
                    throw new IllegalStateException("member node " + nodeId + " has no id");
                }
                assigned = members++;
                newIds.add(id.stringValue());
            }
            index.put(nodeId, assigned);
            return assigned;
        }

        @Override
        public void close() {
            edges.cursor.close();
            node.close();
            nodeProperties.close();
            edgeProperties.close();
        }
    }

    /**
     * The TRUST_EDGE relationships, by the relationship type lookup index when it is online (as
     * Neo4j creates it), else by a scan of every relationship.
     */
    private abstract static class Edges {
        final RelationshipDataAccessor cursor;

        Edges(RelationshipDataAccessor cursor) {
            this.cursor = cursor;
        }

        /** Moves to the next edge; false when there is none. */
        abstract boolean next();

        static Edges of(KernelTransaction ktx, int type) {
            CursorContext context = ktx.cursorContext();
            IndexDescriptor typeIndex = Packed.onlineTokenIndex(ktx, SchemaDescriptors.ANY_TOKEN_RELATIONSHIP_SCHEMA_DESCRIPTOR);
            try {
                if (typeIndex != null) {
                    RelationshipTypeIndexCursor c = ktx.cursors().allocateRelationshipTypeIndexCursor(context, ktx.memoryTracker());
                    ktx.dataRead().relationshipTypeScan(ktx.dataRead().tokenReadSession(typeIndex), c,
                            IndexQueryConstraints.unconstrained(), new TokenPredicate(type), context);
                    return new Edges(c) {
                        @Override
                        boolean next() {
                            // An index entry whose relationship is gone (deleted since) is skipped.
                            while (c.next()) if (c.readFromStore()) return true;
                            return false;
                        }
                    };
                }
            } catch (org.neo4j.exceptions.KernelException e) {
                throw new IllegalStateException("cannot read the relationship type index", e);
            }
            RelationshipScanCursor c = ktx.cursors().allocateRelationshipScanCursor(context, ktx.memoryTracker());
            ktx.dataRead().allRelationshipsScan(c);
            return new Edges(c) {
                @Override
                boolean next() {
                    while (c.next()) if (c.type() == type) return true;
                    return false;
                }
            };
        }
    }
}
