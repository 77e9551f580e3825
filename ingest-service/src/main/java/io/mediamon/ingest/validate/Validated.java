package io.mediamon.ingest.validate;

import io.mediamon.common.event.Article;
import java.util.List;

/** An accepted article, or every reason it was refused. */
public record Validated(Article article, List<Rejection> rejections) {
    public static Validated accepted(Article article) {
        return new Validated(article, List.of());
    }

    public static Validated rejected(List<Rejection> rejections) {
        return new Validated(null, List.copyOf(rejections));
    }

    public static Validated rejected(Rejection rejection) {
        return rejected(List.of(rejection));
    }

    public boolean ok() {
        return article != null;
    }

    public String reasonText() {
        return String.join("; ", rejections.stream().map(Rejection::reason).toList());
    }
}
