package io.mediamon.launcher.cli;

import io.mediamon.common.config.Settings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Settings for services started by the launcher: the environment as it is, except that Streams state goes
 * next to the embedded broker's data unless configured, so that state never outlives the cluster it came from.
 */
public final class LaunchSettings {
    private LaunchSettings() {
    }

    public static Settings forRun(Map<String, String> environment, Path stateRoot, Map<String, String> overrides) {
        Map<String, String> merged = new HashMap<>(environment);
        if (stateRoot != null) {
            merged.putIfAbsent("MEDIAMON_ANALYSIS_STATE_DIR", stateRoot.resolve("analysis").toString());
            merged.putIfAbsent("MEDIAMON_ALERT_STATE_DIR", stateRoot.resolve("alert").toString());
        }
        overrides.forEach(merged::putIfAbsent);
        return Settings.from(merged);
    }
}
