/** Topics: boolean topic rules ({@link io.mediamon.analysis.topic.QueryParser}) evaluated over an article's terms, and the zero-shot tagger of described topics ({@link io.mediamon.analysis.topic.ZeroShotTopicTagger}). */
package io.mediamon.analysis.topic;
