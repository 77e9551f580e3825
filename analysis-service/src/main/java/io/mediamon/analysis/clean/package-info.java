/** Cleaning: turns a raw title and body into the paragraphs worth analysing (boilerplate, promotions). */
package io.mediamon.analysis.clean;
