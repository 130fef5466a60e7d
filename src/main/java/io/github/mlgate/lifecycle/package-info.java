/**
 * The whole lifecycle in one run: every configured gate in stage order (scope, data, evaluation, baseline), with
 * results stored and reused while a gate's inputs, configuration and the plugin's version are unchanged.
 */
package io.github.mlgate.lifecycle;
