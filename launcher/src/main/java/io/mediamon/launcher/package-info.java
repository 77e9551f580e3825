/** The ./mediamon command line and the in-process pipeline of the three services. */
package io.mediamon.launcher;
