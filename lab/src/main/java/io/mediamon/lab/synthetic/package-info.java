/** Synthetic articles and coverage for the demo and the benchmarks. */
package io.mediamon.lab.synthetic;
