/** Parties: the gazetteer, the entity matcher, mentions grouped by party, and names the gazetteer does not know. */
package io.mediamon.analysis.entity;
