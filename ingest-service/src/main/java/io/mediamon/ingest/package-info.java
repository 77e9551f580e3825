/** ingest-service: HTTP, feed, file and drop-folder input, validated and published to the raw articles topic. */
package io.mediamon.ingest;
