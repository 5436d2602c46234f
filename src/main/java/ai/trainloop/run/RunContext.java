package ai.trainloop.run;

/**
 * What every call of one run shares: its settings and clock, how retries back off, how it is
 * stopped and reported, how replies are scored; {@code waits} are cut short when the run stops;
 * {@code inFlight} is what is under way, {@code pools} the threads it runs on; {@code admission}
 * admits calls and hears of their replies.
 */
record RunContext(
    RunOptions options,
    Ticker ticker,
    Backoff backoff,
    RunControl control,
    Reports reports,
    SampleScoring scoring,
    Waits waits,
    InFlight inFlight,
    RunPools pools,
    CallAdmission admission) {}
