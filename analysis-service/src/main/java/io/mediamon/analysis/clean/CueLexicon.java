package io.mediamon.analysis.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Weighted cue phrases matched case-insensitively (each character lower-cased). A cue must start a word
 * (so "edition" matches in "EditionASIA" but "visit" does not match in "revisit"). Each distinct cue counts once;
 * the weights are added in the order the cues end in the text (cues ending together in alphabetical order), as an
 * Aho-Corasick pass reports them. Only word starts are tried, each against the cues that begin with its letter.
 * Read-only after construction, safe to share between threads.
 */
final class CueLexicon {
    /** The weight total and the distinct cues found. */
    record Score(double weight, List<String> cues) {
    }

    private static final int[] NONE = {};

    /** The cues in alphabetical order, lower-cased, with their weights. */
    private final String[] cues;
    private final double[] weights;
    /** For each ASCII character, the cues starting with it; cues starting with any other character are in rest. */
    private final int[][] byFirstAscii = new int[128][];
    private final int[] rest;

    CueLexicon(Map<String, Double> weights) {
        this.cues = weights.keySet().stream().map(CueLexicon::lowerEachChar).sorted().distinct()
                .toArray(String[]::new);
        this.weights = new double[cues.length];
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            this.weights[Arrays.binarySearch(cues, lowerEachChar(entry.getKey()))] = entry.getValue();
        }
        List<Integer> others = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            List<Integer> starting = new ArrayList<>();
            for (int i = 0; i < cues.length; i++) {
                if (cues[i].charAt(0) == c) {
                    starting.add(i);
                }
            }
            byFirstAscii[c] = starting.isEmpty() ? NONE : starting.stream().mapToInt(Integer::intValue).toArray();
        }
        for (int i = 0; i < cues.length; i++) {
            if (cues[i].charAt(0) >= 128) {
                others.add(i);
            }
        }
        this.rest = others.stream().mapToInt(Integer::intValue).toArray();
    }

    Score score(String text) {
        long[] found = null; // (end << 16 | cue index) of each match
        int count = 0;
        int length = text.length();
        for (int start = 0; start < length; start++) {
            if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                continue;
            }
            char first = Character.toLowerCase(text.charAt(start));
            int[] candidates = first < 128 ? byFirstAscii[first] : rest;
            for (int cue : candidates) {
                if (matchesAt(text, start, cues[cue])) {
                    if (found == null) {
                        found = new long[8];
                    } else if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = (long) (start + cues[cue].length()) << 16 | cue;
                }
            }
        }
        if (count == 0) {
            return new Score(0, new ArrayList<>(4));
        }
        Arrays.sort(found, 0, count);
        double total = 0;
        List<String> distinct = new ArrayList<>(4);
        for (int i = 0; i < count; i++) {
            String cue = cues[(int) (found[i] & 0xffff)];
            if (!distinct.contains(cue)) {
                distinct.add(cue);
                total += weights[(int) (found[i] & 0xffff)];
            }
        }
        return new Score(total, distinct);
    }

    private static boolean matchesAt(String text, int start, String cue) {
        if (start + cue.length() > text.length()) {
            return false;
        }
        for (int j = 0; j < cue.length(); j++) {
            if (Character.toLowerCase(text.charAt(start + j)) != cue.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static String lowerEachChar(String cue) {
        if (cue.isEmpty()) {
            throw new IllegalArgumentException("empty cue");
        }
        char[] chars = cue.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
