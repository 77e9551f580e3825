/** {@code mediamon replay}: sends a file, directory or stdin of articles through ingest's HTTP API in event-time order. */
package io.mediamon.launcher.replay;
