/** The embedded single-node KRaft broker used when no cluster is given. */
package io.mediamon.launcher.broker;
