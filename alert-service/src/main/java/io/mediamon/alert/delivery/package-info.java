/** Alert delivery: one supervised queue per target (webhooks, Slack), the SSE stream, Standard Webhooks signing. */
package io.mediamon.alert.delivery;
