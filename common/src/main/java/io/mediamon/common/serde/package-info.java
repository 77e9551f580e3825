/** The one Jackson mapper and the Kafka serde built on it. */
package io.mediamon.common.serde;
