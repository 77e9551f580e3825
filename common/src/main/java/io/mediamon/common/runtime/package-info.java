/**
 * What every service process shares at run time: the HTTP server with health and metrics, the Streams runner with
 * its liveness and readiness, topic bootstrap and presence checks.
 */
package io.mediamon.common.runtime;
