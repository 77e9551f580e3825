/** alert-service: wires the coverage topology, delivery and the HTTP API, and starts them. */
package io.mediamon.alert;
