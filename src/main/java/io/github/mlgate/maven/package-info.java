/**
 * The Maven goals: thin adapters that read parameters, call the gate engine, and fail the build
 * ({@code MojoFailureException}) on violations or stop it ({@code MojoExecutionException}) when a gate cannot run.
 */
package io.github.mlgate.maven;
