/**
 * Contextual target sentiment: a linear head over frozen encoder token states pooled over the target, a window
 * around it and the whole sentence, with token-level evidence from the head's own weights.
 */
package io.mediamon.analysis.sentiment.contextual;
