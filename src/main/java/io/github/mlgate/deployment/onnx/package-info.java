/**
 * The model runtime behind the deployment gate: ONNX Runtime's official Java API. The classes here are loaded in a
 * class loader of their own, with the ONNX Runtime jar that the build resolves on demand, so a build that never
 * deploys never downloads it.
 *
 * <p>May depend on: {@code deployment} (the runtime's interfaces); ONNX Runtime. Nothing else of mlgate: the class
 * loader that holds these classes sees only them, ONNX Runtime and the JDK first.
 */
package io.github.mlgate.deployment.onnx;
