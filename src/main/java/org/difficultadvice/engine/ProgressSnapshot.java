package org.difficultadvice.engine;

import org.difficultadvice.provider.Usage;

/**
 * Where a run stands.
 *
 * @param done specs with a result (example or failure), earlier sessions included
 * @param doneThisSession specs finished by this session, for the rate
 */
public record ProgressSnapshot(
    long done, long failed, long total, long doneThisSession, int inFlight, Usage usage,
    double costUsd) {}
