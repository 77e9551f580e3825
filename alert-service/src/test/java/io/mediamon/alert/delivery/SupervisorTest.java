package io.mediamon.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SupervisorTest {
    @Test
    void shouldRestartALoopThatDiesAndReportWhetherItRuns() {
        AtomicInteger runs = new AtomicInteger();
        try (Supervisor supervisor = new Supervisor("webhook https://receiver.example", () -> new Supervisor.Loop() {
            private final CountDownLatch stop = new CountDownLatch(1);
            private volatile boolean started;

            @Override
            public void run() throws Exception {
                started = true;
                if (runs.incrementAndGet() == 1) {
                    throw new IllegalStateException("consumer evicted from https://receiver.example/hook/secret");
                }
                stop.await();
            }

            @Override
            public void stop() {
                stop.countDown();
            }

            @Override
            public boolean started() {
                return started;
            }
        }, Duration.ofMillis(50))) {
            supervisor.start();
            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 2 && supervisor.running());
            assertThat(supervisor.restarts()).isEqualTo(1);
            assertThat(supervisor.lastError()).contains("consumer evicted").doesNotContain("secret");
        }
    }
}
