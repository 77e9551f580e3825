/** Topic tagging in the lab: threshold calibration on hand-written headlines and the AG News measurement. */
package io.mediamon.lab.topic;
