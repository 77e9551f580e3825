package io.mediamon.analysis.pipeline;

import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Term;
import java.util.AbstractSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The term forms an article writes at least once starting with a lower-case letter, the words a capitalised name
 * may be made of without being a name. The name finders only ask whether a few words are in it, so each question
 * is answered from the article's term index (the positions of that form) instead of building the whole set; the
 * set is built only if someone iterates it or asks its size. Not thread-safe: one analysis owns it.
 */
final class LowerCaseWords extends AbstractSet<String> {
    private final ArticleText text;
    private Set<String> all;

    LowerCaseWords(ArticleText text) {
        this.text = text;
    }

    @Override
    public boolean contains(Object o) {
        if (all != null) {
            return all.contains(o);
        }
        if (!(o instanceof String form)) {
            return false;
        }
        List<Term> terms = text.termIndex().terms();
        String chars = text.text();
        for (int position : text.termIndex().exact(form)) {
            if (Character.isLowerCase(chars.charAt(terms.get(position).start()))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Iterator<String> iterator() {
        return all().iterator();
    }

    @Override
    public int size() {
        return all().size();
    }

    private Set<String> all() {
        if (all == null) {
            Set<String> out = new HashSet<>();
            String chars = text.text();
            for (Term t : text.termIndex().terms()) {
                if (Character.isLowerCase(chars.charAt(t.start()))) {
                    out.add(t.norm());
                }
            }
            all = Set.copyOf(out);
        }
        return all;
    }
}
