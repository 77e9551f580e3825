/** Bearer-token authentication with the scopes ingest, admin and read for every service's HTTP routes. */
package io.mediamon.common.auth;
