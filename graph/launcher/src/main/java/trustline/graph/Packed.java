package trustline.graph;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** What the packed-read procedures share: little-endian buffers sent as base64, and chunk streams. */
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
