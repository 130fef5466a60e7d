/**
 * One resource as every room of the data stage sees it, and what checking it gives. What the descriptor says of it:
 * {@link io.github.mlgate.data.resource.DataResource}, where an engine reads it ({@code EngineSource}, {@code
 * EngineSpec}, with {@code UrlSecrets} keeping credentials out of URLs) and the splits section ({@code Splits}). Its
 * rows as the checks see them ({@code Row}, {@code OrderedCheck}). What checking gives: the error log ({@code
 * ErrorLog}, {@code RowMessages}), the profile and split summaries ({@code DataSummary}, {@code SplitSummary}),
 * progress ({@code DataProgress}), and {@code UnreadableDataException}. {@code ResourceCheck} is what the gate
 * runs per resource, streamed or in an engine.
 *
 * <p>May depend on: {@code gate}, {@code csv} (a row's cells), {@code data.schema}. The other rooms use this one, so
 * it uses none of them.
 */
package io.github.mlgate.data.resource;
