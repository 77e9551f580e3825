/**
 * Typed, validated settings read from environment variables and an optional properties file: Kafka, HTTP and
 * Streams limits.
 */
package io.mediamon.common.config;
