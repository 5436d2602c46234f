package ai.trainloop.run;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What every call of one run shares; {@code waits} are cut short when the run stops; {@code abandoned} is set when
 * the run stops waiting for calls in flight.
 */
record RunContext(
    RunOptions options,
    Semaphore global,
    Ticker ticker,
    Backoff backoff,
    RunControl control,
    RunListener listener,
    SampleScoring scoring,
    Waits waits,
    AtomicBoolean abandoned) {}
