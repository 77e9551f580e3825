/** Page extraction: turns a whole HTML page into its main text and its metadata (JSON-LD, OpenGraph, canonical). */
package io.mediamon.ingest.page;
