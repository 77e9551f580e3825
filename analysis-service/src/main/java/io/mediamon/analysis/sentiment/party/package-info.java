/** Article-level sentiment toward each party: scores every mention, weighs stance, pools and keeps evidence. */
package io.mediamon.analysis.sentiment.party;
