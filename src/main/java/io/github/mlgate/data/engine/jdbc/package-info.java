/**
 * The JDBC driver side: a session on a JDBC connection ({@link io.github.mlgate.data.engine.jdbc.JdbcSession}), and
 * the rows of a database without a dialect as text cells the streaming path checks ({@code JdbcRows}).
 *
 * <p>May depend on: {@code gate}, {@code data.resource}, {@code data.stream}, {@code data.engine}; {@code java.sql}.
 */
package io.github.mlgate.data.engine.jdbc;
