/** analysis-service: wires the tagging topology, its configuration and its health and metrics endpoint. */
package io.mediamon.analysis;
