/**
 * Frozen pretrained text encoder (e5-small-v2 via ONNX Runtime, cut at a chosen layer): per-token states with
 * character offsets and pooled embeddings of a text, cached by text hash.
 */
package io.mediamon.analysis.encoder;
