/** Validation of a submission: field caps, dates, stable ids, title clean-up; a rejection carries its reason. */
package io.mediamon.ingest.validate;
