/**
 * The gate engine's core: the {@link io.github.mlgate.gate.Gate} contract every gate implements, the settings they are
 * made from, findings, checks, gate results and the policy that says what is a violation.
 *
 * <p>May depend on: the JDK and Jackson alone. Every other package depends on this one; it depends on none of them.
 * Nothing here, nor in any engine package, uses {@code org.apache.maven}: the goals in {@code io.github.mlgate.maven}
 * adapt the engine to the build ({@code EngineBoundaryTest} checks it).
 */
package io.github.mlgate.gate;
