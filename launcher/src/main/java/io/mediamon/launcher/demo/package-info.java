/** The demo run: seeds and a synthetic burst through the whole pipeline, with a report. */
package io.mediamon.launcher.demo;
