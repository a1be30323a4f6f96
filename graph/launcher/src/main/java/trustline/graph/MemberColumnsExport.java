package trustline.graph;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;

/**
 * trustline.memberColumns(numbers, texts): every :Member's id and the named properties, packed for
 * the global recompute's member read (graph/trust-recompute.ts), for the same reason as
 * TrustEdgeExport: the driver decodes a record's values one by one on the recompute's one
 * JavaScript thread, and at 100k members with twelve values each that read cost about as much
 * as the million packed edges. The property names come from the caller; nothing here knows what
 * they mean.
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
    private static final Label MEMBER = Label.label("Member");

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
        String[] numberKeys = numbers.toArray(String[]::new);
        String[] textKeys = texts.toArray(String[]::new);
        ResourceIterator<Node> members = tx.findNodes(MEMBER);
        Iterator<Chunk> chunks = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return members.hasNext();
            }

            @Override
            public Chunk next() {
                List<String> ids = new ArrayList<>();
                List<String> textValues = new ArrayList<>();
                ByteBuffer buf = Packed.buffer(CHUNK * numberKeys.length * Double.BYTES);
                while (ids.size() < CHUNK && members.hasNext()) {
                    Node m = members.next();
                    if (!(m.getProperty("id", null) instanceof String id)) {
                        throw new IllegalStateException("member node " + m.getElementId() + " has no id");
                    }
                    ids.add(id);
                    Map<String, Object> p = m.getProperties(numberKeys);
                    for (String key : numberKeys) buf.putDouble(number(p.get(key)));
                    if (textKeys.length > 0) {
                        Map<String, Object> t = m.getProperties(textKeys);
                        for (String key : textKeys) textValues.add(t.get(key) instanceof String s ? s : null);
                    }
                }
                return new Chunk(ids, Packed.base64(buf), textValues);
            }
        };
        return Packed.stream(chunks, members);
    }

    private static double number(Object value) {
        if (value instanceof Number n) return n.doubleValue();
        if (value instanceof Boolean b) return b ? 1 : 0;
        return Double.NaN;
    }
}
