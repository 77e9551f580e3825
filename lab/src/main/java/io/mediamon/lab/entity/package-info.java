/** Evaluation of party finding: how often PerSenT's main person is found, with and without watching it. */
package io.mediamon.lab.entity;
