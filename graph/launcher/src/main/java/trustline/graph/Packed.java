package trustline.graph;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.neo4j.internal.kernel.api.InternalIndexState;
import org.neo4j.internal.kernel.api.exceptions.schema.IndexNotFoundKernelException;
import org.neo4j.internal.schema.IndexDescriptor;
import org.neo4j.internal.schema.SchemaDescriptor;
import org.neo4j.kernel.api.KernelTransaction;

/** What the packed-read procedures share: little-endian buffers sent as base64, chunk streams, the token indexes. */
final class Packed {
    private Packed() {}

    static ByteBuffer buffer(int bytes) {
        return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** What was put into `buf`, as base64 text (see TrustEdgeExport for why text). */
    static String base64(ByteBuffer buf) {
        byte[] packed = new byte[buf.position()];
        buf.flip().get(packed);
        return Base64.getEncoder().encodeToString(packed);
    }

    /**
     * The label or relationship type lookup index (`descriptor`: SchemaDescriptors.ANY_TOKEN_*) when
     * it exists and is online, as Neo4j creates them; null when the caller must scan instead.
     */
    static IndexDescriptor onlineTokenIndex(KernelTransaction ktx, SchemaDescriptor descriptor) {
        Iterator<IndexDescriptor> found = ktx.schemaRead().index(descriptor);
        if (!found.hasNext()) return null;
        IndexDescriptor index = found.next();
        try {
            return ktx.schemaRead().indexGetState(index) == InternalIndexState.ONLINE ? index : null;
        } catch (IndexNotFoundKernelException e) {
            return null;
        }
    }

    /** The chunks as a procedure's result stream, closing the store iterator with it. */
    static <T> Stream<T> stream(Iterator<T> chunks, AutoCloseable source) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(chunks, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        source.close();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }
}
