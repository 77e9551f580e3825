/** analysis-service settings: one validated record read from the environment or a properties file. */
package io.mediamon.analysis.config;
