/** Clients the commands and tests use: ingest over HTTP, and read_committed topic readers. */
package io.mediamon.launcher.client;
