/**
 * The records carried on the topics (articles, tagged articles, mentions, alerts, watch rules, dead letters) and
 * the enums of their closed sets.
 */
package io.mediamon.common.event;
