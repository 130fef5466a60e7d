package io.github.mlgate.gate;

/**
 * Something a gate talks to while it runs (a progress listener, a repository), as opposed to a setting that decides
 * its result. A request's components of such a type are left out of its reuse key ({@link ReuseKey}), and gates
 * find them in the run's {@link Services}.
 */
public interface Service {}
