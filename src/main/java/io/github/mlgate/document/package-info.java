/** YAML and JSON documents read with the line and column of every node, for findings that point at the input. */
package io.github.mlgate.document;
