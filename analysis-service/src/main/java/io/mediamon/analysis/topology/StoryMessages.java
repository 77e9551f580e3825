package io.mediamon.analysis.topology;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The small records of the story step, in a compact binary form (they cross two repartition topics per band, so
 * not JSON).
 */
final class StoryMessages {
    private StoryMessages() {
    }

    /** Asks one band of the index for a story: sent under the band key. */
    record Probe(String articleKey, long fingerprint, long timeMs) {
    }

    /**
     * One band's answer, sent back under the article's key: the story it offers (null for none), when that story
     * began and how far its copy is.
     */
    record Match(int band, String storyId, long storyTimeMs, int distance) {
        boolean found() {
            return storyId != null;
        }
    }

    /** The answers gathered so far for one article. */
    record Tally(int answers, String storyId, long storyTimeMs, int distance) {
        static final Tally NONE = new Tally(0, null, Long.MAX_VALUE, Integer.MAX_VALUE);

        /** Adds one band's answer: the earliest story wins, then the closest copy. */
        Tally with(Match m) {
            boolean better = m.found() && (storyId == null || m.storyTimeMs() < storyTimeMs
                    || m.storyTimeMs() == storyTimeMs && m.distance() < distance);
            return better ? new Tally(answers + 1, m.storyId(), m.storyTimeMs(), m.distance())
                    : new Tally(answers + 1, storyId, storyTimeMs, distance);
        }
    }

    static Serde<Probe> probeSerde() {
        return Serdes.serdeFrom((topic, p) -> p == null ? null : write(out -> {
            out.writeUTF(p.articleKey());
            out.writeLong(p.fingerprint());
            out.writeLong(p.timeMs());
        }), (topic, data) -> data == null ? null : read(data, in -> new Probe(in.readUTF(), in.readLong(),
                in.readLong())));
    }

    static Serde<Match> matchSerde() {
        return Serdes.serdeFrom((topic, m) -> m == null ? null : write(out -> {
            out.writeByte(m.band());
            out.writeBoolean(m.found());
            if (m.found()) {
                out.writeUTF(m.storyId());
                out.writeLong(m.storyTimeMs());
                out.writeByte(m.distance());
            }
        }), (topic, data) -> data == null ? null : read(data, in -> {
            int band = in.readUnsignedByte();
            return in.readBoolean() ? new Match(band, in.readUTF(), in.readLong(), in.readUnsignedByte())
                    : new Match(band, null, Long.MAX_VALUE, Integer.MAX_VALUE);
        }));
    }

    static Serde<Tally> tallySerde() {
        return Serdes.serdeFrom((topic, t) -> t == null ? null : write(out -> {
            out.writeByte(t.answers());
            out.writeBoolean(t.storyId() != null);
            if (t.storyId() != null) {
                out.writeUTF(t.storyId());
                out.writeLong(t.storyTimeMs());
                out.writeByte(t.distance());
            }
        }), (topic, data) -> data == null ? null : read(data, in -> {
            int answers = in.readUnsignedByte();
            return in.readBoolean() ? new Tally(answers, in.readUTF(), in.readLong(), in.readUnsignedByte())
                    : new Tally(answers, null, Long.MAX_VALUE, Integer.MAX_VALUE);
        }));
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static byte[] write(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(48);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static <T> T read(byte[] data, Reader<T> reader) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
