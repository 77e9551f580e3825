/** alert-service configuration: one typed, validated record, with delivery settings and webhook signing keys. */
package io.mediamon.alert.config;
