package io.mediamon.launcher.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediamon.ingest.model.ArticleSubmission;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthSampleTest {
    private static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant BURST = Instant.parse("2026-10-22T14:00:00Z");

    @Test
    void shouldWriteASparseMonthWithTheBurstAndTheSeedsInOneHourOldestFirst() throws Exception {
        List<ArticleSubmission> articles = new MonthSample(END, 30, 0.25, "TikTok", 25, BURST, 11)
                .articles(Path.of("../seeds"));
        List<Instant> times = articles.stream().map(a -> Instant.parse(a.publishedAt())).toList();
        assertThat(times).isSorted();
        assertThat(times.get(0)).isAfterOrEqualTo(END.minusSeconds(30 * 86_400L));
        assertThat(times.get(times.size() - 1)).isBefore(END);
        long inBurstHour = times.stream().filter(t -> !t.isBefore(BURST) && t.isBefore(BURST.plusSeconds(3600))).count();
        assertThat(inBurstHour).isGreaterThanOrEqualTo(25 + 5);
        assertThat(articles).filteredOn(a -> a.outlet().startsWith("seed")).hasSize(5);
        assertThat(articles.size() - inBurstHour).isBetween(120L, 240L);
    }

    @Test
    void shouldGiveTheSameArticlesForTheSameArguments() throws Exception {
        MonthSample month = new MonthSample(END, 12, 0.5, "TikTok", 10, BURST, 3);
        assertThat(month.articles(null)).isEqualTo(month.articles(null));
    }

    @Test
    void shouldRefuseABurstOutsideTheMonth() {
        assertThatThrownBy(() -> new MonthSample(END, 30, 0.5, "TikTok", 25, END, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MonthSample(END, 30, 0.5, "TikTok", 25, END.minusSeconds(30 * 86_400L), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
