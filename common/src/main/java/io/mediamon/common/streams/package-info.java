/**
 * Kafka Streams plumbing the services share: exactly-once defaults, decoding, record and state size guards, and the
 * exception handlers that turn failures into dead letters.
 */
package io.mediamon.common.streams;
