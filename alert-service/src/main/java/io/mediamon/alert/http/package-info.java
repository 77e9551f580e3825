/** alert-service HTTP endpoints: the watchlist API, recent alerts and the static page. */
package io.mediamon.alert.http;
