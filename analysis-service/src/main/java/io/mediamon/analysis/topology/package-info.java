/** The Kafka Streams topology of analysis-service: decode, drop resends, analyse, place in a story, publish. */
package io.mediamon.analysis.topology;
