package io.mediamon.ingest.http;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 for request bodies: malformed bytes (including encoded surrogates and overlong forms) are an
 * error with the byte offset, never silently replaced.
 */
final class Utf8Text {
    private Utf8Text() {
    }

    /** The decoded text, or null with {@code problem[0]} set to the reason. */
    static String decode(byte[] data, String[] problem) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, data.length + 1L));
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            problem[0] = "the body is not valid UTF-8 (bad byte sequence at offset " + in.position() + ")";
            return null;
        }
        result = decoder.flush(out);
        if (result.isError()) {
            problem[0] = "the body is not valid UTF-8 (truncated sequence at the end)";
            return null;
        }
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            return text.substring(1);
        }
        return text;
    }

    /** The index of the first unpaired surrogate in {@code text}, or -1. */
    static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

}
