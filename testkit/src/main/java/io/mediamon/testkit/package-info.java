/** Shared fixtures: the seed articles, helpers for reading topics and Poisson draws; the services use it in test scope only. */
package io.mediamon.testkit;
