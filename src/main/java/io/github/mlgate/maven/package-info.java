/**
 * The Maven goals and the site report: thin adapters that read parameters (declared once, in
 * {@link io.github.mlgate.maven.AbstractMlgateMojo}), call the gate engine, and fail the build
 * ({@code MojoFailureException}) on violations or stop it ({@code MojoExecutionException}) when a gate cannot run.
 *
 * <p>May depend on: every engine package, Maven, Doxia and Maven's resolver. The only package that may use the build
 * tool.
 */
package io.github.mlgate.maven;
