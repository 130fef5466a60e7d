/**
 * The whole lifecycle in one run: the registry of gates ({@link io.github.mlgate.lifecycle.GateRegistry}), each gate's
 * request, and every registered gate run in stage order, with results stored and reused while a gate's inputs,
 * request and the plugin's version are unchanged.
 *
 * <p>May depend on: {@code gate}, every stage package to register its gate ({@code scope}, {@code data},
 * {@code evaluation}, {@code baseline}, {@code deployment}), and {@code report} (the stored result's JSON form). Never
 * on the build tool.
 */
package io.github.mlgate.lifecycle;
