/**
 * The gate engine's core: findings, checks, gate results and the policy that says what is a violation.
 *
 * <p>Nothing here, nor in any engine package, imports {@code org.apache.maven}: the Maven goals in
 * {@code io.github.mlgate.maven} adapt this engine to the build.
 */
package io.github.mlgate.gate;
