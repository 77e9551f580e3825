package io.mediamon.analysis.story;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Compact binary form of a {@link StoryBand} for the story index store (read and written nine times per article, so
 * not JSON): a version byte, the entry count, then per entry the story id (UTF), fingerprint, time and story time.
 */
public final class StoryBandSerde {
    private static final byte VERSION = 1;

    private StoryBandSerde() {
    }

    public static Serde<StoryBand> serde() {
        return Serdes.serdeFrom(serializer(), deserializer());
    }

    static Serializer<StoryBand> serializer() {
        return (topic, band) -> {
            if (band == null) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + band.entries().size() * 40);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeByte(VERSION);
                out.writeShort(band.entries().size());
                for (StoryBand.Entry e : band.entries()) {
                    out.writeUTF(e.storyId());
                    out.writeLong(e.bits());
                    out.writeLong(e.timeMs());
                    out.writeLong(e.storyTimeMs());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        };
    }

    static Deserializer<StoryBand> deserializer() {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                byte version = in.readByte();
                if (version != VERSION) {
                    throw new IllegalArgumentException("story band format " + version + " is not " + VERSION);
                }
                int n = in.readUnsignedShort();
                List<StoryBand.Entry> entries = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    entries.add(new StoryBand.Entry(in.readUTF(), in.readLong(), in.readLong(), in.readLong()));
                }
                return new StoryBand(entries);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
