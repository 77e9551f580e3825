/** Language detection for articles that declare no language (OpenNLP's 103-language model). */
package io.mediamon.ingest.language;
