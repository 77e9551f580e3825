/** Builds the committed country gazetteer from the packaged world-countries data. */
package io.mediamon.lab.gazetteer;
