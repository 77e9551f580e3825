/**
 * Per-entity coverage in event-time windows: story tally and dedupe, window judgement (spike, sentiment shift,
 * drop), the shared alert lifecycle, reason text, emission, and the history stores the query API reads.
 */
package io.mediamon.alert.coverage;
