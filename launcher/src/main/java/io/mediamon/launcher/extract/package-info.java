/** {@code ./mediamon extract}: whole-page extraction and cleaning over a folder of HTML pages, with its speed. */
package io.mediamon.launcher.extract;
