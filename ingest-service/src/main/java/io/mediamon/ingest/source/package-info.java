/**
 * Where articles come from besides HTTP: feeds (with lasting seen-item state and health), files at start-up and a
 * watched drop folder.
 */
package io.mediamon.ingest.source;
