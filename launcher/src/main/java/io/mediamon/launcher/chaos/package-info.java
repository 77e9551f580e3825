/** {@code mediamon chaos}: the broker and each service as its own OS process, killed and restarted under load. */
package io.mediamon.launcher.chaos;
