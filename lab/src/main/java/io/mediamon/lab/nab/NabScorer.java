package io.mediamon.lab.nab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The NAB scoring rules as described in {@code /work/shared/nab/README.md}: probation, window-relative sigmoid
 * rewards, false-alarm costs relative to the preceding window, one corpus-wide threshold chosen by sweeping the
 * distinct scores, and normalisation against the null and perfect detectors.
 */
public final class NabScorer {

    /** Scores of one file with its labelled windows as inclusive row ranges {@code [L, R]}, sorted by L. */
    public record FileInput(String key, double[] scores, List<int[]> windows) {
    }

    /** Outcome of one file at a given threshold. */
    public record FileOutcome(String key, double raw, int truePositives, int falseNegatives, int falsePositives,
                              double bestTpReward) {
    }

    /** Outcome of the whole corpus for one profile at its best threshold. */
    public record ProfileResult(NabProfile profile, double threshold, double raw, double nullRaw, double perfectRaw,
                                double normalised, List<FileOutcome> files) {
        public int truePositives() {
            return files.stream().mapToInt(FileOutcome::truePositives).sum();
        }

        public int falseNegatives() {
            return files.stream().mapToInt(FileOutcome::falseNegatives).sum();
        }

        public int falsePositives() {
            return files.stream().mapToInt(FileOutcome::falsePositives).sum();
        }
    }

    private NabScorer() {
    }

    /** Number of leading records that are never scored. */
    public static int probation(int rows) {
        return (int) Math.min(Math.floor(0.15 * rows), 0.15 * 5000);
    }

    /** NAB's scaled sigmoid {@code 2 / (1 + exp(5x)) - 1}. */
    public static double sigma(double x) {
        return 2.0 / (1.0 + Math.exp(5.0 * x)) - 1.0;
    }

    /** Reward (before tpWeight) for the earliest detection at row i of the window [L, R]. */
    public static double truePositiveReward(int i, int left, int right) {
        int width = right - left + 1;
        double pos = -(double) (right - i + 1) / width;
        return sigma(pos) / sigma(-1.0);
    }

    /**
     * Factor s (multiplied by fpWeight) for a false alarm at row i given the windows of its file: -1 before the
     * first window, {@code sigma(|R - i| / (w - 1))} after a window ending at R of width w, -1 beyond 3 widths.
     */
    public static double falsePositiveFactor(int i, List<int[]> windows) {
        int[] preceding = null;
        for (int[] w : windows) {
            if (w[1] < i) {
                preceding = w;
            } else {
                break;
            }
        }
        if (preceding == null) {
            return -1.0;
        }
        int width = preceding[1] - preceding[0] + 1;
        if (width <= 1) {
            return -1.0;
        }
        double x = Math.abs(preceding[1] - i) / (double) (width - 1);
        return x > 3.0 ? -1.0 : sigma(x);
    }

    /** Raw score of the null detector: every window missed. */
    public static double nullScore(List<FileInput> files, NabProfile p) {
        return -p.fnWeight() * windowCount(files);
    }

    /** Raw score of the perfect detector: one detection at the left edge of every window. */
    public static double perfectScore(List<FileInput> files, NabProfile p) {
        return p.tpWeight() * windowCount(files);
    }

    private static int windowCount(List<FileInput> files) {
        return files.stream().mapToInt(f -> f.windows().size()).sum();
    }

    /** Scores one file at a fixed threshold, the direct way (used to report, and to check the sweep). */
    public static FileOutcome scoreFile(FileInput f, NabProfile p, double threshold) {
        double[] s = f.scores();
        int start = probation(s.length);
        int[] windowOf = windowIndex(s.length, f.windows());
        int[] earliest = new int[f.windows().size()];
        Arrays.fill(earliest, -1);
        double raw = 0;
        int fps = 0;
        for (int i = start; i < s.length; i++) {
            if (s[i] < threshold) {
                continue;
            }
            int w = windowOf[i];
            if (w >= 0) {
                if (earliest[w] < 0) {
                    earliest[w] = i;
                }
            } else {
                fps++;
                raw += p.fpWeight() * falsePositiveFactor(i, f.windows());
            }
        }
        int tps = 0;
        int fns = 0;
        double tpReward = 0;
        for (int w = 0; w < earliest.length; w++) {
            int[] win = f.windows().get(w);
            if (earliest[w] >= 0) {
                tps++;
                double r = p.tpWeight() * truePositiveReward(earliest[w], win[0], win[1]);
                raw += r;
                tpReward += r;
            } else {
                fns++;
                raw -= p.fnWeight();
            }
        }
        return new FileOutcome(f.key(), raw, tps, fns, fps, tpReward);
    }

    /**
     * Normalised score of {@code files} at a fixed threshold (0 when they hold no window: nothing to find, and any
     * false alarm shows in the raw score of the corpus).
     */
    public static double normalisedAt(List<FileInput> files, NabProfile p, double threshold) {
        double nullRaw = nullScore(files, p);
        double perfect = perfectScore(files, p);
        return perfect == nullRaw ? 0.0 : 100.0 * (rawScore(files, p, threshold) - nullRaw) / (perfect - nullRaw);
    }

    /** Corpus raw score at a fixed threshold. */
    public static double rawScore(List<FileInput> files, NabProfile p, double threshold) {
        double total = 0;
        for (FileInput f : files) {
            total += scoreFile(f, p, threshold).raw();
        }
        return total;
    }

    /**
     * Finds the corpus-wide threshold that maximises the raw score, sweeping every distinct score from the highest
     * down. Each record is visited once after one sort: O(n log n) for the whole corpus.
     */
    public static ProfileResult score(List<FileInput> files, NabProfile p) {
        List<double[]> events = new ArrayList<>(); // {score, file, row}
        List<int[]> windowOfs = new ArrayList<>();
        List<double[]> fpValues = new ArrayList<>();
        int[][] earliest = new int[files.size()][];
        int n = 0;
        for (int fi = 0; fi < files.size(); fi++) {
            FileInput f = files.get(fi);
            int rows = f.scores().length;
            int[] windowOf = windowIndex(rows, f.windows());
            windowOfs.add(windowOf);
            fpValues.add(fpValueTable(rows, f.windows(), p));
            earliest[fi] = new int[f.windows().size()];
            Arrays.fill(earliest[fi], Integer.MAX_VALUE);
            n += Math.max(0, rows - probation(rows));
        }
        double[] evScore = new double[n];
        int[] evFile = new int[n];
        int[] evRow = new int[n];
        int[] order = new int[n];
        int k = 0;
        for (int fi = 0; fi < files.size(); fi++) {
            double[] s = files.get(fi).scores();
            for (int i = probation(s.length); i < s.length; i++) {
                evScore[k] = s[i];
                evFile[k] = fi;
                evRow[k] = i;
                order[k] = k;
                k++;
            }
        }
        sortByScoreDescending(order, evScore);

        double nullRaw = nullScore(files, p);
        double total = nullRaw;
        double best = nullRaw;
        double bestThreshold = Double.POSITIVE_INFINITY;
        int idx = 0;
        while (idx < n) {
            double level = evScore[order[idx]];
            while (idx < n && evScore[order[idx]] == level) {
                int e = order[idx++];
                int fi = evFile[e];
                int row = evRow[e];
                int w = windowOfs.get(fi)[row];
                if (w < 0) {
                    total += fpValues.get(fi)[row];
                    continue;
                }
                int[] win = files.get(fi).windows().get(w);
                int prev = earliest[fi][w];
                if (row < prev) {
                    double gain = p.tpWeight() * truePositiveReward(row, win[0], win[1]);
                    if (prev == Integer.MAX_VALUE) {
                        total += p.fnWeight() + gain;
                    } else {
                        total += gain - p.tpWeight() * truePositiveReward(prev, win[0], win[1]);
                    }
                    earliest[fi][w] = row;
                }
            }
            if (total > best + 1e-12) {
                best = total;
                bestThreshold = level;
            }
        }
        List<FileOutcome> outcomes = new ArrayList<>();
        double raw = 0;
        for (FileInput f : files) {
            FileOutcome o = scoreFile(f, p, bestThreshold);
            outcomes.add(o);
            raw += o.raw();
        }
        double perfect = perfectScore(files, p);
        double normalised = perfect == nullRaw ? 0.0 : 100.0 * (raw - nullRaw) / (perfect - nullRaw);
        return new ProfileResult(p, bestThreshold, raw, nullRaw, perfect, normalised, outcomes);
    }

    /** Stable merge sort of the indices {@code order} by {@code key}, highest first, on primitives. */
    static void sortByScoreDescending(int[] order, double[] key) {
        int n = order.length;
        int[] buf = new int[n];
        int[] src = order;
        int[] dst = buf;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    dst[k++] = key[src[j]] > key[src[i]] ? src[j++] : src[i++];
                }
                while (i < mid) {
                    dst[k++] = src[i++];
                }
                while (j < hi) {
                    dst[k++] = src[j++];
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != order) {
            System.arraycopy(src, 0, order, 0, n);
        }
    }

    private static int[] windowIndex(int rows, List<int[]> windows) {
        int[] of = new int[rows];
        Arrays.fill(of, -1);
        for (int w = 0; w < windows.size(); w++) {
            int[] win = windows.get(w);
            for (int i = Math.max(0, win[0]); i <= Math.min(rows - 1, win[1]); i++) {
                of[i] = w;
            }
        }
        return of;
    }

    private static double[] fpValueTable(int rows, List<int[]> windows, NabProfile p) {
        double[] v = new double[rows];
        int next = 0;
        int[] preceding = null;
        for (int i = 0; i < rows; i++) {
            while (next < windows.size() && windows.get(next)[1] < i) {
                preceding = windows.get(next++);
            }
            double factor;
            if (preceding == null) {
                factor = -1.0;
            } else {
                int width = preceding[1] - preceding[0] + 1;
                double x = width <= 1 ? Double.POSITIVE_INFINITY : Math.abs(preceding[1] - i) / (double) (width - 1);
                factor = x > 3.0 ? -1.0 : sigma(x);
            }
            v[i] = p.fpWeight() * factor;
        }
        return v;
    }
}
