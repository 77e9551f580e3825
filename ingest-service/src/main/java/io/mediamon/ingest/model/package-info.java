/** What a client submits: an article before validation. */
package io.mediamon.ingest.model;
