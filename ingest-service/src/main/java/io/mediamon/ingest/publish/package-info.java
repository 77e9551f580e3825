/** Publishing validated articles with the idempotent producer, and the ingest meters. */
package io.mediamon.ingest.publish;
