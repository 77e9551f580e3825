/** Stories: SimHash fingerprints and the banded index that finds near-duplicate copies. */
package io.mediamon.analysis.story;
