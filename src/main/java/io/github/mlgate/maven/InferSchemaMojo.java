package io.github.mlgate.maven;

import io.github.mlgate.data.schema.SchemaInference;
import io.github.mlgate.gate.AtomicFiles;
import io.github.mlgate.gate.Printable;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Drafts a Table Schema from a CSV file: the narrowest type of each column, {@code required} where no value is
 * missing, an {@code enum} for columns of few values, the observed range with {@code -Dmlgate.infer.bounds=true},
 * and a primary key candidate. The draft passes the data gate on the file it came from; review it before use.
 */
@Mojo(name = "infer-schema", requiresProject = false, threadSafe = true)
public class InferSchemaMojo extends AbstractMojo {

    /** The CSV (or TSV, or gzipped) file to profile; it needs a header row. */
    @Parameter(property = "mlgate.input", required = true)
    private File input;

    /**
     * Where to write the schema: YAML, or JSON for a {@code .json} file. When not set, the schema is printed to the
     * console.
     */
    @Parameter(property = "mlgate.output")
    private File output;

    /** Whether to add each ordered field's observed minimum and maximum as constraints. */
    @Parameter(property = "mlgate.infer.bounds", defaultValue = "false")
    private String bounds;

    /**
     * Replaces an existing output file. Only this switch replaces a file: {@code mlgate.force} means "recompute the
     * gates" and never overwrites anything.
     */
    @Parameter(property = "mlgate.overwrite", defaultValue = "false")
    private String overwrite;

    /**
     * Drafts the schema.
     *
     * @throws MojoFailureException when the output exists and {@code overwrite} is off
     * @throws MojoExecutionException when the input cannot be read or the output written
     */
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        boolean replace = Switches.flag("infer-schema", "mlgate.overwrite", overwrite, false);
        boolean withBounds = Switches.flag("infer-schema", "mlgate.infer.bounds", bounds, false);
        if (!input.isFile()) {
            throw new MojoExecutionException("[mlgate:infer-schema] The input " + input + " does not exist.");
        }
        if (output != null && output.exists() && !replace) {
            throw new MojoFailureException("[mlgate:infer-schema] " + output + " already exists; run with"
                    + " -Dmlgate.overwrite=true to replace it.");
        }
        SchemaInference.Result result;
        try {
            result = SchemaInference.infer(input.toPath(), withBounds);
        } catch (IOException e) {
            throw new MojoExecutionException("[mlgate:infer-schema] Cannot read " + input + ": " + e.getMessage(), e);
        }
        boolean json =
                output != null && output.getName().toLowerCase(Locale.ROOT).endsWith(".json");
        String text;
        try {
            text = SchemaInference.text(result.schema(), json);
        } catch (IOException e) {
            throw new MojoExecutionException("[mlgate:infer-schema] Cannot write the schema: " + e.getMessage(), e);
        }
        String delimiter = result.delimiter() == '\t' ? "tab" : "'" + result.delimiter() + "'";
        getLog().info(String.format(
                Locale.ROOT,
                "[mlgate:infer-schema] Read %,d rows of %s (delimiter %s).",
                result.rows(),
                input.getName(),
                delimiter));
        for (String warning : result.warnings()) {
            getLog().warn("[mlgate:infer-schema] " + Printable.text(warning));
        }
        if (result.raggedRows() > 0) {
            getLog().warn(String.format(
                    Locale.ROOT,
                    "[mlgate:infer-schema] %,d rows have another number of cells than"
                            + " the header; the data gate will report them as missing-cell or extra-cell.",
                    result.raggedRows()));
        }
        if (output == null) {
            // Line by line, each made printable: a header label is the CSV's text, not ours.
            getLog().info("[mlgate:infer-schema] The schema:\n"
                    + text.lines().map(Printable::text).collect(java.util.stream.Collectors.joining("\n")));
            return;
        }
        try {
            AtomicFiles.write(output.toPath(), text.endsWith("\n") ? text : text + "\n");
        } catch (IOException e) {
            throw new MojoExecutionException("[mlgate:infer-schema] Cannot write " + output + ": " + e.getMessage(), e);
        }
        getLog().info("[mlgate:infer-schema] Wrote the schema to " + output + ". Review it before use.");
    }
}
