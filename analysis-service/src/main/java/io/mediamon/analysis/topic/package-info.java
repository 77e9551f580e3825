/** Topics: boolean topic rules ({@link io.mediamon.analysis.topic.QueryParser}) evaluated over an article's terms. */
package io.mediamon.analysis.topic;
