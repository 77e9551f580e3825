/** The state alert-service keeps per entity: open windows, detector and sentiment baselines, open alerts, history. */
package io.mediamon.alert.model;
