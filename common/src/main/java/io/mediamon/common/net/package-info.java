/** Outbound HTTP safety: which hosts a service may call, a client that pins and re-checks them, and URL redaction. */
package io.mediamon.common.net;
