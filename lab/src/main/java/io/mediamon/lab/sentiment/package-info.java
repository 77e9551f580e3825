/** Training and evaluation of the contextual target-sentiment head (not shipped in the service jar). */
package io.mediamon.lab.sentiment;
