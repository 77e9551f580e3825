/** ingest-service configuration: one typed, validated record. */
package io.mediamon.ingest.config;
