/** What makes a watch rule usable: checks shared by the watchlist API and every reader of the watchlist topic. */
package io.mediamon.common.watch;
