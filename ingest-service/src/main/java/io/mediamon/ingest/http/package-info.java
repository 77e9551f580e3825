/** The ingest HTTP endpoints: bounded, strict JSON and NDJSON reading, with a reason for every rejection. */
package io.mediamon.ingest.http;
