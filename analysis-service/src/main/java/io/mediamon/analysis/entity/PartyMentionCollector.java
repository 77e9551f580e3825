package io.mediamon.analysis.entity;

import io.mediamon.analysis.text.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups entity mentions by party and places them in sentences. A person's mention counts for the
 * person and for the party the person is affiliated with (Wang Wenbin speaks for China).
 */
public final class PartyMentionCollector {
    private final Gazetteer gazetteer;

    public PartyMentionCollector(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<PartyMentions> collect(List<EntityMention> mentions, List<Sentence> sentences) {
        Map<String, GazetteerEntry> parties = new LinkedHashMap<>();
        Map<String, List<PartyMentions.InSentence>> spans = new LinkedHashMap<>();
        Map<String, Set<String>> surfaces = new LinkedHashMap<>();
        for (EntityMention m : mentions) {
            int s = sentenceOf(sentences, m.start());
            if (s < 0) {
                continue;
            }
            Sentence sentence = sentences.get(s);
            var span = new PartyMentions.InSentence(s, m.start() - sentence.start(),
                    Math.min(m.end(), sentence.end()) - sentence.start());
            add(parties, spans, surfaces, m.entry(), span, m.surface());
            gazetteer.byId(m.entry().affiliation())
                    .filter(a -> !a.isBlocker())
                    .ifPresent(affiliate -> add(parties, spans, surfaces, affiliate, span, m.surface()));
        }
        List<PartyMentions> out = new ArrayList<>(parties.size());
        parties.forEach((id, entry) -> out.add(new PartyMentions(entry, spans.get(id), List.copyOf(surfaces.get(id)))));
        return out;
    }

    private static void add(Map<String, GazetteerEntry> parties, Map<String, List<PartyMentions.InSentence>> spans,
                            Map<String, Set<String>> surfaces, GazetteerEntry entry, PartyMentions.InSentence span,
                            String surface) {
        parties.putIfAbsent(entry.id(), entry);
        spans.computeIfAbsent(entry.id(), k -> new ArrayList<>()).add(span);
        Set<String> forms = surfaces.computeIfAbsent(entry.id(), k -> new LinkedHashSet<>());
        if (forms.size() < PartyMentions.MAX_SURFACES) {
            forms.add(surface);
        }
    }

    static int sentenceOf(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
