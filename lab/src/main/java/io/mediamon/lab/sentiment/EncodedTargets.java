package io.mediamon.lab.sentiment;

import io.mediamon.analysis.encoder.SentenceEncoder;
import io.mediamon.analysis.encoder.TokenStates;
import io.mediamon.analysis.sentiment.contextual.ContextualFeatures;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Contextual features of every labelled target of a file, row-major, with the labels. Encoding a file takes minutes
 * on one core, so the table is kept in a cache directory, keyed by the file's SHA-256, the layer and the window.
 */
final class EncodedTargets {

    final int n;
    final int dim;
    final float[] x;
    final int[] y;
    final int[] group;
    /** Targets the encoder had no token for (features left at zero). */
    final int missing;

    private EncodedTargets(int n, int dim, float[] x, int[] y, int[] group, int missing) {
        this.n = n;
        this.dim = dim;
        this.x = x;
        this.y = y;
        this.group = group;
        this.missing = missing;
    }

    float[] row(int i) {
        float[] r = new float[dim];
        System.arraycopy(x, i * dim, r, 0, dim);
        return r;
    }

    static EncodedTargets load(Path data, List<LabeledTarget> rows, SentenceEncoder encoder, Path cacheDir,
                               PrintStream log) throws IOException {
        int layer = encoder.settings().layer();
        String key = sha256(data) + "-l" + layer + "-w" + ContextualFeatures.WINDOW + "-t"
                + encoder.settings().maxTokens() + ".f32";
        Path cached = cacheDir == null ? null : cacheDir.resolve(key);
        int[] y = new int[rows.size()];
        int[] group = new int[rows.size()];
        String previous = null;
        int g = -1;
        for (int i = 0; i < rows.size(); i++) {
            y[i] = rows.get(i).label().ordinal();
            if (!rows.get(i).sentence().equals(previous)) {
                g++;
                previous = rows.get(i).sentence();
            }
            group[i] = g;
        }
        if (cached != null && Files.isRegularFile(cached)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cached)))) {
                int n = in.readInt();
                int dim = in.readInt();
                int missing = in.readInt();
                if (n == rows.size()) {
                    float[] x = new float[n * dim];
                    for (int i = 0; i < x.length; i++) {
                        x[i] = in.readFloat();
                    }
                    log.printf("features of %s read from cache %s%n", data, cached);
                    return new EncodedTargets(n, dim, x, y, group, missing);
                }
            }
        }
        long t0 = System.nanoTime();
        int dim = -1;
        float[] x = null;
        int missing = 0;
        for (int i = 0; i < rows.size(); i++) {
            LabeledTarget row = rows.get(i);
            TokenStates states = encoder.encode(row.sentence());
            if (x == null) {
                dim = ContextualFeatures.BLOCKS * states.width();
                x = new float[rows.size() * dim];
            }
            float[] f = ContextualFeatures.of(states, row.from(), row.to());
            if (f == null) {
                missing++;
            } else {
                System.arraycopy(f, 0, x, i * dim, dim);
            }
            if ((i + 1) % 2000 == 0) {
                log.printf("  encoded %d/%d targets (%.0f s)%n", i + 1, rows.size(), (System.nanoTime() - t0) / 1e9);
            }
        }
        log.printf("encoded %d targets of %s at layer %d in %.1f s (%d without a token)%n", rows.size(), data, layer,
                (System.nanoTime() - t0) / 1e9, missing);
        if (cached != null) {
            Files.createDirectories(cacheDir);
            Path tmp = Files.createTempFile(cacheDir, "enc", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(rows.size());
                out.writeInt(dim);
                out.writeInt(missing);
                for (float v : x) {
                    out.writeFloat(v);
                }
            }
            Files.move(tmp, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return new EncodedTargets(rows.size(), dim, x, y, group, missing);
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
