/** {@code mediamon fuzz}: generated bad input to every HTTP entry point and input topic, with counts of what came back. */
package io.mediamon.launcher.fuzz;
