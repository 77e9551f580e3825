/**
 * NAB benchmark and synthetic sparse-spike evaluation of the alert detector: runs, official NAB scoring, robustness.
 */
package io.mediamon.lab.nab;
