package io.mediamon.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mediamon.common.event.TaggedArticle;
import io.mediamon.launcher.Pipeline;
import io.mediamon.launcher.client.TopicReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Files dropped into the watched folder while the pipeline runs are ingested, tagged and moved aside. */
class DropFolderIT {

    @Test
    @Timeout(150)
    void shouldTagAFileDroppedWhileIngestRuns(@TempDir Path drop) throws Exception {
        TestEnvironment env = TestEnvironment.create("drop", 1)
                .with("MEDIAMON_INGEST_DROP_DIR", drop.toString())
                .with("MEDIAMON_INGEST_DROP_INTERVAL", "100ms");
        try (Pipeline pipeline = Pipeline.start(env.settings(), env.bootstrapServers());
             TopicReader<TaggedArticle> tagged = new TopicReader<>(env.kafka(), env.kafka().topics().articlesTagged())) {
            Path staged = Files.createTempFile(drop.getParent(), "drop", ".tmp");
            Files.writeString(staged, "<!DOCTYPE html><html lang=\"en\"><head><title>Wire | TikTok</title>"
                    + "<meta property=\"og:title\" content=\"TikTok sale talks enter final week\"></head><body>"
                    + "<nav><a href=\"/\">Home</a></nav><article><p>ByteDance and Oracle entered the final week of "
                    + "talks over TikTok's US business on Monday, people familiar with the matter said.</p>"
                    + "<p>The Commerce Department has set a deadline for the sale, and officials said the review of "
                    + "the deal by the national security panel was under way.</p></article></body></html>");
            Files.move(staged, drop.resolve("tiktok.html"));
            Files.writeString(drop.resolve("empty.jsonl"), "{\"title\": \"\", \"body\": \"\"}\n");

            List<ConsumerRecord<String, TaggedArticle>> records = tagged.readUntil(all -> !all.isEmpty(),
                    Duration.ofSeconds(60));
            assertThat(records).hasSize(1);
            TaggedArticle article = records.get(0).value();
            assertThat(article.title()).isEqualTo("TikTok sale talks enter final week");
            assertThat(article.parties()).extracting(p -> p.entityId()).contains("Q48938223");
            await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(drop.resolve("done/tiktok.html"))
                    && Files.exists(drop.resolve("failed/empty.jsonl.reason.txt")));
            assertThat(Files.readString(drop.resolve("failed/empty.jsonl.reason.txt")))
                    .contains("neither a usable title nor a body");
            assertThat(drop.resolve("tiktok.html")).doesNotExist();
        }
    }
}
