/** The subcommands: demo, services alone, broker, train, eval and NAB. */
package io.mediamon.launcher.cli;
