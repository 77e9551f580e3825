/** The typed topic catalogue: every topic name, with its key and value serdes, is declared here and nowhere else. */
package io.mediamon.common.topic;
