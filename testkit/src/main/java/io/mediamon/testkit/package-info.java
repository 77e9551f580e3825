/** Shared test fixtures: the seed articles and helpers for reading topics; used in test scope only. */
package io.mediamon.testkit;
