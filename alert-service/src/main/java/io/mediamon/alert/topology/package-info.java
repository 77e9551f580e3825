/** alert-service's Kafka Streams topology: sources, stores, the watchlist global store and the CloudEvents sink. */
package io.mediamon.alert.topology;
