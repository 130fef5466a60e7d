/**
 * The outputs every gate shares: {@code report.json}, JUnit XML, {@code summary.md}, the GitHub job summary, the
 * console's lines and verdicts, and the site page as a plain structure that the adapters render.
 *
 * <p>May depend on: {@code gate}, {@code document}, and the stage packages for their gates' names and sections
 * ({@code scope}, {@code data} with its results in {@code data.resource}, {@code evaluation}, {@code baseline}, {@code deployment}); Jackson. Never on the build
 * tool (the page is rendered through Doxia in the adapters), nor on {@code lifecycle}, which depends on it.
 */
package io.github.mlgate.report;
