/** The query API: entities, coverage, outlets, stories, late mentions and alert history from the state stores. */
package io.mediamon.alert.query;
