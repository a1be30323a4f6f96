package trustline.graph;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Iterator;
import java.util.stream.Stream;

import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Procedure;

/**
 * trustline.trustEdges(): every (:Member)-[:TRUST_EDGE]->(:Member) of the database, packed for the
 * global recompute (graph/trust-edges.ts). It moves no trust maths into the database: it reads the
 * stored sums, as the Cypher read does, but by the relationship type's index and without turning
 * each edge into a Bolt list of five values that the driver decodes one by one on the recompute's
 * single JavaScript thread. Measured on the benchmark's million edges: about 1 s, against 7-8 s
 * (and 9-12 s of the database's CPU) for the Cypher read.
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
    static final int CHUNK = 65_536;
    static final int EDGE_BYTES = 36;
    private static final Label MEMBER = Label.label("Member");
    private static final RelationshipType TRUST_EDGE = RelationshipType.withName("TRUST_EDGE");
    private static final int UNSEEN = -1;
    private static final int NOT_MEMBER = -2;

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
        // By the relationship type's lookup index: only TRUST_EDGE records are read, where walking
        // each member's relationships would read all of theirs (orders, events, ...) to find them.
        ResourceIterator<Relationship> all = tx.findRelationships(TRUST_EDGE);
        Iterator<Chunk> chunks = new Iterator<>() {
            // Node id -> member index (NOT_MEMBER for a node without the label); ids not yet sent.
            private final LongIntHashMap index = new LongIntHashMap();
            private List<String> newIds = new ArrayList<>();
            private int members;

            @Override
            public boolean hasNext() {
                return all.hasNext();
            }

            @Override
            public Chunk next() {
                ByteBuffer buf = Packed.buffer(CHUNK * EDGE_BYTES);
                int edges = 0;
                while (edges < CHUNK && all.hasNext()) {
                    Relationship e = all.next();
                    int rater = indexOf(e.getStartNode());
                    int recommender = indexOf(e.getEndNode());
                    // As the Cypher read's (:Member)-[:TRUST_EDGE]->(:Member): other edges are not trust.
                    if (rater == NOT_MEMBER || recommender == NOT_MEMBER) continue;
                    // Every property at once: an edge has only these four, and one walk of its
                    // property chain with no key selection measured cheapest.
                    Map<String, Object> p = e.getAllProperties();
                    buf.putInt(rater)
                            .putInt(recommender)
                            .putDouble(number(e, p, "positive").doubleValue())
                            .putDouble(number(e, p, "negative").doubleValue())
                            .putInt(number(e, p, "count").intValue())
                            .putDouble((double) number(e, p, "at").longValue());
                    edges++;
                }
                Chunk chunk = new Chunk(newIds, Packed.base64(buf));
                newIds = new ArrayList<>();
                return chunk;
            }

            /** The member's index, given on first sight (its labels and id read only then). */
            @SuppressWarnings("deprecation") // a node's internal id: only a key within this one read
            private int indexOf(Node node) {
                int known = index.getIfAbsent(node.getId(), UNSEEN);
                if (known != UNSEEN) return known;
                int assigned = NOT_MEMBER;
                if (node.hasLabel(MEMBER)) {
                    if (!(node.getProperty("id", null) instanceof String id)) {
                        throw new IllegalStateException("member node " + node.getElementId() + " has no id");
                    }
                    assigned = members++;
                    newIds.add(id);
                }
                index.put(node.getId(), assigned);
                return assigned;
            }
        };
        return Packed.stream(chunks, all);
    }

    /** A numeric property of an edge; an edge without it is broken data, named as such. */
    private static Number number(Relationship e, Map<String, Object> properties, String key) {
        Object value = properties.get(key);
        if (value instanceof Number n) return n;
        throw new IllegalStateException("trust edge " + e.getElementId() + " has no numeric " + key);
    }
}
