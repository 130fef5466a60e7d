/**
 * The outputs every gate shares: {@code report.json}, JUnit XML, {@code summary.md}, the GitHub job summary, and the
 * console's lines and verdicts.
 */
package io.github.mlgate.report;
