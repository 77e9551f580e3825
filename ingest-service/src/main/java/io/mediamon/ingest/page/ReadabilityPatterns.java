package io.mediamon.ingest.page;

import net.dankito.readability4j.util.RegExUtil;

/**
 * Readability4J's default patterns, answering "no" without running a regex when the class-and-id string is blank
 * (most elements have neither): every class pattern needs at least one letter to match.
 */
final class ReadabilityPatterns extends RegExUtil {
    ReadabilityPatterns() {
        super(UnlikelyCandidatesDefaultPattern, OkMaybeItsACandidateDefaultPattern, PositiveDefaultPattern,
                NegativeDefaultPattern, ExtraneousDefaultPattern, BylineDefaultPattern, ReplaceFontsDefaultPattern,
                NormalizeDefaultPattern, VideosDefaultPattern, NextLinkDefaultPattern, PrevLinkDefaultPattern,
                WhitespaceDefaultPattern, HasContentDefaultPattern);
    }

    @Override
    public boolean isUnlikelyCandidate(String matchString) {
        return !matchString.isBlank() && super.isUnlikelyCandidate(matchString);
    }

    @Override
    public boolean okMaybeItsACandidate(String matchString) {
        return !matchString.isBlank() && super.okMaybeItsACandidate(matchString);
    }

    @Override
    public boolean isPositive(String matchString) {
        return !matchString.isBlank() && super.isPositive(matchString);
    }

    @Override
    public boolean isNegative(String matchString) {
        return !matchString.isBlank() && super.isNegative(matchString);
    }

    @Override
    public boolean isByline(String matchString) {
        return !matchString.isBlank() && super.isByline(matchString);
    }
}
