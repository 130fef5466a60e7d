package io.github.mlgate.data;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.data.engine.EngineSplits;
import io.github.mlgate.data.engine.EngineValidator;
import io.github.mlgate.data.engine.ParquetFiles;
import io.github.mlgate.data.engine.QueryVetting;
import io.github.mlgate.data.engine.SqlDialect;
import io.github.mlgate.data.engine.SqlEngines;
import io.github.mlgate.data.engine.duckdb.DuckDbSandbox;
import io.github.mlgate.data.engine.jdbc.JdbcRows;
import io.github.mlgate.data.profile.ProfileLanes;
import io.github.mlgate.data.resource.DataProgress;
import io.github.mlgate.data.resource.DataResource;
import io.github.mlgate.data.resource.DataSummary;
import io.github.mlgate.data.resource.ErrorLog;
import io.github.mlgate.data.resource.ResourceCheck;
import io.github.mlgate.data.resource.SplitSummary;
import io.github.mlgate.data.resource.Splits;
import io.github.mlgate.data.schema.ForeignKey;
import io.github.mlgate.data.split.SplitChecks;
import io.github.mlgate.data.split.SplitCollector;
import io.github.mlgate.data.stream.ChunkedFile;
import io.github.mlgate.data.stream.ForeignKeys;
import io.github.mlgate.data.stream.ResourceValidator;
import io.github.mlgate.data.stream.Workers;
import io.github.mlgate.document.DocumentException;
import io.github.mlgate.document.DocumentReader;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.gate.AtomicFiles;
import io.github.mlgate.gate.CheckResult;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Gate;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateSettings;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.Numbers;
import io.github.mlgate.gate.ProjectFiles;
import io.github.mlgate.gate.Services;
import io.github.mlgate.gate.Severity;
import io.github.mlgate.gate.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The data gate: the exit of the data-preparation stage. Every resource of the data package has a Table Schema and
 * its rows hold to it; errors are reported with the Frictionless error codes, their row, field and value.
 */
public final class DataGate implements Gate<DataRequest> {

    private final ChunkedFile.Chunking chunking;
    private final long profileMemory;

    /**
     * Creates the gate, which parses files of 8 MB and more in chunks on every core, and keeps up to half the heap
     * for profiles.
     */
    public DataGate() {
        this(ChunkedFile.Chunking.DEFAULT);
    }

    /**
     * Creates the gate with other chunking, for tests that make small files take the chunked path.
     *
     * @param chunking which files are parsed in chunks, and how large
     */
    DataGate(ChunkedFile.Chunking chunking) {
        this(chunking, Runtime.getRuntime().maxMemory() / 2);
    }

    /**
     * Creates the gate with other chunking and memory for profiles, for tests.
     *
     * @param chunking which files are parsed in chunks, and how large
     * @param profileMemory the most memory the profiles of one resource may take
     */
    DataGate(ChunkedFile.Chunking chunking, long profileMemory) {
        this.chunking = chunking;
        this.profileMemory = profileMemory;
    }

    /** The gate's name in outputs and on the console. */
    public static final String NAME = "data";

    /** The folder, under the output directory, where each resource's profile is written. */
    public static final String PROFILES = "profile";

    /** Where the descriptor is looked for when none is configured, in this order. */
    public static final List<String> DEFAULT_LOCATIONS =
            List.of("src/ml/datapackage.yaml", "src/ml/datapackage.yml", "src/ml/datapackage.json");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Stage stage() {
        return Stage.DATA;
    }

    @Override
    public DataRequest request(GateSettings settings, Services services) {
        return new DataRequest(
                settings.projectDirectory(),
                settings.dataPackage(),
                settings.maxReportedErrors(),
                settings.outputDirectory(),
                settings.policy(),
                services.get(DataProgress.class, DataProgress.NONE),
                DataProgress.DEFAULT_INTERVAL,
                settings.maxRecordBytes(),
                settings.allowOutsideProject(),
                services.get(SqlEngines.class, SqlEngines.ON_CLASS_PATH));
    }

    /** Without a descriptor at a default location there is nothing to judge; a configured one must exist. */
    @Override
    public String absentInput(DataRequest request) {
        if (request.dataPackage() == null && !Files.exists(locate(request))) {
            return "no data package: looked for " + String.join(", ", DEFAULT_LOCATIONS);
        }
        return null;
    }

    @Override
    public Map<String, Class<? extends Record>> sections() {
        return Map.of(DataSummary.KEY, DataSummary.class, SplitSummary.KEY, SplitSummary.class);
    }

    /** The profiles the gate wrote. */
    @Override
    public List<Path> outputs(DataRequest request) throws IOException {
        if (request.outputDirectory() == null) {
            return List.of();
        }
        Path profiles = request.outputDirectory().resolve(PROFILES);
        if (!Files.isDirectory(profiles)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(profiles)) {
            return files.sorted().toList();
        }
    }

    /**
     * Validates the data package.
     *
     * @param request the descriptor and settings
     * @return the gate's result, with a {@code data} section of rows and error counts per resource
     */
    @Override
    public GateResult run(DataRequest request) {
        try (Workers workers = Workers.start()) {
            return run(request, workers);
        }
    }

    private GateResult run(DataRequest request, Workers workers) {
        try (SharedSessions sessions = new SharedSessions(
                request.engines(),
                DuckDbSandbox.of(request.projectDirectory(), request.outputDirectory()),
                request.outputDirectory())) {
            return run(request, workers, sessions);
        }
    }

    /**
     * The stage's outline: read the descriptor, plan each resource's check, run them (streamed resources in the order
     * their foreign keys need, then those in engines), sum each up, then check the splits.
     */
    private GateResult run(DataRequest request, Workers workers, SharedSessions sessions) {
        Path base = request.projectDirectory();
        Path descriptorPath = locate(request);
        String shown = ProjectFiles.display(base, descriptorPath);
        Findings descriptorFindings = new Findings();
        Descriptor descriptor = read(request, descriptorPath, shown, descriptorFindings);
        List<DataResource> resources = narrowEnough(descriptor.resources(), descriptorFindings);
        if (request.allowOutsideProject()) {
            sessions.allowing(resources.stream()
                    .flatMap(resource -> resource.files().stream())
                    .filter(file -> ProjectFiles.isOutside(base, file))
                    .toList());
        }
        resources = QueryVetting.vetted(resources, sessions, descriptorFindings);
        Plan plan = plan(request, resources, descriptor.splits(), workers, sessions, descriptorFindings);
        ForeignKeys foreignKeys = foreignKeys(resources, plan, descriptorFindings);
        List<CheckResult> checks = new ArrayList<>();
        checks.add(
                CheckResult.ran("descriptor", "the data package and its schemas are valid", descriptorFindings.list()));
        for (DataResource resource : ForeignKeys.order(plan.streamed(resources))) {
            plan.streamed.get(resource.name()).validate();
            foreignKeys.completed(resource);
        }
        plan.streamed.values().forEach(ResourceValidator::finishDeferred);
        plan.inEngines.values().forEach(EngineValidator::validate);
        List<DataSummary.Resource> section = new ArrayList<>();
        for (DataResource resource : resources) {
            ResourceCheck check = plan.of(resource);
            if (check != null) {
                checks.add(result(resource, check.log(), check.rows()));
                section.add(new DataSummary.Resource(
                        resource.name(),
                        resource.shown(),
                        check.rows(),
                        check.log().counts(),
                        profile(request, resource, check.profile(), checks),
                        resource.engine() == null
                                ? null
                                : resource.engine().engine().shown()));
            }
        }
        SplitSummary splitSummary = null;
        if (descriptor.splits() != null) {
            Findings splitFindings = new Findings();
            splitSummary = splits(descriptor.splits(), resources, plan, sessions, splitFindings);
            checks.add(
                    CheckResult.ran("splits", "the train, validation and test splits are clean", splitFindings.list()));
        }
        GateResult result = GateResult.of(NAME, shown, checks, request.policy())
                .withSection(DataSummary.KEY, new DataSummary(section));
        return splitSummary == null ? result : result.withSection(SplitSummary.KEY, splitSummary);
    }

    /** What the descriptor declares: its resources, and its splits section or null. */
    private record Descriptor(List<DataResource> resources, Splits splits) {}

    /** Reads the descriptor; one that is missing or cannot be parsed declares nothing, and says why. */
    private static Descriptor read(DataRequest request, Path descriptorPath, String shown, Findings findings) {
        if (!Files.exists(descriptorPath)) {
            findings.error(
                    "file-missing",
                    request.dataPackage() == null
                            ? "No data package found: looked for " + String.join(", ", DEFAULT_LOCATIONS)
                                    + ". Describe the datasets in a Frictionless Data Package there."
                            : "The data package " + shown
                                    + " does not exist (set by dataPackage / mlgate.dataPackage).",
                    Location.ofFile(shown));
            return new Descriptor(List.of(), null);
        }
        try {
            LocatedDocument descriptor = DocumentReader.read(descriptorPath, shown);
            descriptor.reportDuplicateKeys(findings);
            List<DataResource> resources = DataPackage.read(
                    descriptor,
                    descriptorPath,
                    request.projectDirectory(),
                    request.allowOutsideProject(),
                    request.engines().configured(),
                    findings);
            return new Descriptor(resources, DataPackage.splits(descriptor, resources, findings));
        } catch (DocumentException e) {
            findings.error(e.code(), e.getMessage(), e.location());
            return new Descriptor(List.of(), null);
        }
    }

    /**
     * Each resource's check, by name: streamed from its files (and what it collects for the split checks), or
     * compiled for its engine.
     */
    private static final class Plan {
        final Map<String, ResourceValidator> streamed = new LinkedHashMap<>();
        final Map<String, EngineValidator> inEngines = new LinkedHashMap<>();
        final Map<String, SplitCollector> collected = new LinkedHashMap<>();

        ResourceCheck of(DataResource resource) {
            ResourceCheck check = streamed.get(resource.name());
            return check != null ? check : inEngines.get(resource.name());
        }

        List<DataResource> streamed(List<DataResource> resources) {
            return resources.stream()
                    .filter(resource -> streamed.containsKey(resource.name()))
                    .toList();
        }
    }

    private Plan plan(
            DataRequest request,
            List<DataResource> resources,
            Splits splits,
            Workers workers,
            SharedSessions sessions,
            Findings findings) {
        Plan plan = new Plan();
        for (DataResource resource : resources) {
            if (compiled(resource)) {
                EngineValidator validator = new EngineValidator(resource, request.maxReportedErrors(), sessions);
                validator.reportProgress(request.progress(), request.progressIntervalNanos());
                validator.boundRecords(request.maxRecordBytes());
                validator.references(references(resource, resources, findings));
                plan.inEngines.put(resource.name(), validator);
                continue;
            }
            SplitCollector collector = null;
            if (splits != null && splits.roles().containsValue(resource.name())) {
                collector = new SplitCollector();
                for (Map.Entry<String, String> role : splits.roles().entrySet()) {
                    if (role.getValue().equals(resource.name())) {
                        plan.collected.put(role.getKey(), collector);
                    }
                }
            }
            ResourceValidator validator = new ResourceValidator(
                    resource, request.maxReportedErrors(), collector, splits, chunking, workers, profileMemory);
            validator.reportProgress(request.progress(), request.progressIntervalNanos());
            validator.boundRecords(request.maxRecordBytes());
            if (resource.engine() != null) {
                validator.readThrough(JdbcRows.of(resource, sessions));
            }
            plan.streamed.put(resource.name(), validator);
        }
        return plan;
    }

    /**
     * The foreign keys of streamed resources, wired to their targets' indexes. A key whose target an engine reads is a
     * {@code resource-error}: a key is checked where its target is read.
     */
    private static ForeignKeys foreignKeys(List<DataResource> resources, Plan plan, Findings findings) {
        List<DataResource> streamed = plan.streamed(resources);
        for (DataResource resource : streamed) {
            for (ForeignKey key : resource.schema().foreignKeys()) {
                if (!key.resource().isEmpty()
                        && resources.stream().anyMatch(r -> r.name().equals(key.resource()) && compiled(r))) {
                    findings.error(
                            "resource-error",
                            "The foreign key " + key.describe(resource.name()) + " names '" + key.resource()
                                    + "', which an engine reads; a foreign key is checked where its target is read:"
                                    + " read both with the engine, or both as text files.",
                            key.location());
                }
            }
        }
        return ForeignKeys.wire(
                streamed.stream()
                        .filter(r -> r.schema().foreignKeys().stream()
                                .noneMatch(k -> plan.inEngines.containsKey(k.resource())))
                        .toList(),
                plan.streamed,
                findings);
    }

    /**
     * Checks the splits from what the streamed resources collected and what their engine gives for the others.
     *
     * @return the splits' summary, or null when the splits are not all read in one place
     */
    private static SplitSummary splits(
            Splits splits, List<DataResource> resources, Plan plan, SharedSessions sessions, Findings findings) {
        Map<String, SplitCollector> ordered = new LinkedHashMap<>();
        Map<String, SplitChecks.Shared> shared = new java.util.HashMap<>();
        Map<String, DataResource> inEngine = readInOnePlace(splits, resources, findings);
        if (inEngine != null && !inEngine.isEmpty()) {
            ordered.putAll(EngineSplits.collect(splits, inEngine, sessions, shared, findings));
        }
        for (String role : Splits.ROLES) {
            if (plan.collected.containsKey(role)) {
                ordered.put(role, plan.collected.get(role));
            }
        }
        return inEngine == null ? null : SplitChecks.check(splits, ordered, shared, findings);
    }

    /**
     * The resources whose profiles fit in memory even with the fewest lanes; each other one is a {@code resource-error}
     * before any row is read, rather than an out-of-memory error after minutes of reading.
     */
    private List<DataResource> narrowEnough(List<DataResource> resources, Findings findings) {
        List<DataResource> kept = new ArrayList<>();
        for (DataResource resource : resources) {
            int fields = resource.schema().fields().size();
            long needed = ProfileLanes.bytesNeeded(fields, ResourceValidator.FEWEST_LANES);
            if (needed <= profileMemory) {
                kept.add(resource);
                continue;
            }
            long gigabytes = (2 * needed + (1L << 30) - 1) >> 30;
            findings.error(
                    "resource-error",
                    String.format(
                            Locale.ROOT,
                            "Resource '%s' has %,d fields: profiling them needs about %,d MiB, more than the %,d MiB the"
                                    + " data gate may take for profiles (half the memory this build may use). Give"
                                    + " Maven more memory (MAVEN_OPTS=-Xmx%dg), or split the resource into narrower"
                                    + " ones.",
                            resource.name(),
                            fields,
                            needed >> 20,
                            profileMemory >> 20,
                            gigabytes),
                    resource.location());
        }
        return kept;
    }

    /**
     * Whether an engine checks a resource with the SQL the gate compiles for it (DuckDB, PostgreSQL, Spark). The rows
     * of a database whose SQL the gate does not speak are streamed through JDBC and checked as a file's are.
     */
    private static boolean compiled(DataResource resource) {
        return resource.engine() != null && SqlDialect.of(resource.engine().engine()) != null;
    }

    /**
     * The targets of an engine resource's foreign keys: itself, or resources the same engine reads, where the key is
     * looked up by a join. A target the package lacks, or lacks the fields of, is a {@code schema-error}; a target
     * read elsewhere (streamed, or by another engine) a {@code resource-error}, and the key is left out.
     *
     * @return each key that can be checked, with its target
     */
    private static java.util.Map<ForeignKey, DataResource> references(
            DataResource resource, List<DataResource> resources, Findings findings) {
        java.util.Map<ForeignKey, DataResource> references = new java.util.LinkedHashMap<>();
        for (ForeignKey key : resource.schema().foreignKeys()) {
            DataResource target = key.resource().isEmpty()
                    ? resource
                    : resources.stream()
                            .filter(r -> r.name().equals(key.resource()))
                            .findFirst()
                            .orElse(null);
            String problem = null;
            String code = "schema-error";
            if (target == null) {
                problem = "Invalid Table Schema: the foreign key " + key.describe(resource.name())
                        + " names the resource '" + key.resource() + "', which the package does not have.";
            } else if (key.referenceFields().stream()
                    .anyMatch(f -> target.schema().indexOf(f) < 0)) {
                problem = "Invalid Table Schema: the foreign key " + key.describe(resource.name())
                        + " names fields that '" + target.name() + "' does not have.";
            } else if (!compiled(target)
                    || !target.engine()
                            .engine()
                            .name()
                            .equals(resource.engine().engine().name())) {
                code = "resource-error";
                problem = "The foreign key " + key.describe(resource.name()) + " names '" + target.name()
                        + "', which " + (!compiled(target) ? "the data gate streams" : "another engine reads")
                        + "; the " + resource.engine().engine().shown() + " checks foreign keys whose target it reads"
                        + " too.";
            }
            if (problem != null) {
                // The gate fails on the key; the resource's other checks still run.
                findings.error(code, problem, key.location());
                continue;
            }
            references.put(key, target);
        }
        return references;
    }

    /**
     * The splits' resources by role, in role order, when they are read in one place: all streamed (empty), or all by
     * one engine. Samples are compared across splits where they are read, so splits read in different places are a
     * {@code resource-error} (null), and the split checks do not run rather than pass on part of the splits.
     */
    private static java.util.Map<String, DataResource> readInOnePlace(
            Splits splits, List<DataResource> resources, Findings findings) {
        java.util.Map<String, DataResource> byRole = new java.util.LinkedHashMap<>();
        java.util.Set<String> places = new java.util.LinkedHashSet<>();
        List<String> where = new ArrayList<>();
        for (String role : Splits.ROLES) {
            String name = splits.roles().get(role);
            DataResource resource = resources.stream()
                    .filter(r -> r.name().equals(name))
                    .findFirst()
                    .orElse(null);
            if (resource == null) {
                continue;
            }
            String place = !compiled(resource)
                    ? "the streaming gate"
                    : "the " + resource.engine().engine().shown();
            places.add(place);
            where.add(role + " by " + place);
            if (compiled(resource)) {
                byRole.put(role, resource);
            }
        }
        if (places.size() > 1) {
            findings.error(
                    "resource-error",
                    "The splits are read in different places (" + String.join(", ", where) + "): the split checks"
                            + " compare samples across splits, so they run where all the splits are read, one engine"
                            + " or the streaming gate.",
                    splits.location());
            return null;
        }
        return byRole;
    }

    private static CheckResult result(DataResource resource, ErrorLog log, long rows) {

        Findings findings = new Findings();
        long structural = log.byCode().entrySet().stream()
                .filter(e -> e.getKey().endsWith("-label") || e.getKey().equals("source-error"))
                .mapToLong(java.util.Map.Entry::getValue)
                .sum();
        double rate = rows == 0 ? 0 : (double) log.rowsWithErrors() / rows;
        boolean withinTolerance = log.total() > 0
                && structural == 0
                && resource.tolerates()
                && (resource.maxErrorRate() == null || rate <= resource.maxErrorRate())
                && (resource.maxErrors() == null || log.total() <= resource.maxErrors());
        List<io.github.mlgate.gate.Finding> listed = log.details(withinTolerance ? Severity.WARNING : Severity.ERROR);
        boolean inEngine = resource.engine() != null && !resource.engine().readsFiles();
        for (io.github.mlgate.gate.Finding finding : listed) {
            // A table or query is named as a place of its engine, not a file: outputs that link files say so.
            Location at = finding.location();
            findings.add(
                    inEngine && at != null && resource.shown().contains(at.file())
                            ? new io.github.mlgate.gate.Finding(
                                    finding.code(),
                                    finding.severity(),
                                    finding.message(),
                                    at.asLogical(),
                                    finding.table())
                            : finding);
        }
        String counts = "Resource '" + resource.name() + "': " + Numbers.counted(rows, "row");
        if (log.total() == 0) {
            findings.info("resource-valid", counts + ", no errors.", resource.location());
        } else {
            String errors = counts + ", " + Numbers.counted(log.total(), "error") + " in "
                    + Numbers.counted(log.rowsWithErrors(), "row")
                    + String.format(Locale.ROOT, " (%.4f%%): %s", rate * 100, log.summary());
            if (withinTolerance) {
                findings.warning(
                        "within-tolerance",
                        errors + "; within the tolerance (" + tolerance(resource) + ").",
                        resource.location());
            } else if (resource.tolerates()) {
                findings.error(
                        "tolerance-exceeded",
                        errors + "; beyond the tolerance (" + tolerance(resource) + ").",
                        resource.location());
            } else if (listed.isEmpty()) {
                // No error is listed one by one (maxReportedErrors is 0): the check still fails on the errors it
                // counted (CheckResult.unlisted), and this line says what they are.
                findings.info(
                        "error-counts",
                        errors + "; none is listed one by one (maxReportedErrors is 0).",
                        resource.location());
            } else {
                findings.info("error-counts", errors + ".", resource.location());
            }
        }
        if (rows == 0 && structural == 0) {
            findings.warning(
                    "empty-resource", "Resource '" + resource.name() + "' has no data rows.", resource.location());
        }
        return CheckResult.ran(
                        "resource " + resource.name(),
                        "the rows of " + resource.name() + " hold to its schema",
                        findings.list())
                .withUnlisted(withinTolerance ? Severity.WARNING : Severity.ERROR, log.total() - listed.size());
    }

    /** The resource's profile, also written to {@code profile/<resource>.json}. */
    private static DataSummary.Profile profile(
            DataRequest request, DataResource resource, DataSummary.Profile profile, List<CheckResult> checks) {
        if (request.outputDirectory() == null) {
            return profile;
        }
        Path file = request.outputDirectory().resolve(PROFILES).resolve(fileName(resource.name()) + ".json");
        try {
            AtomicFiles.write(file, PROFILE_WRITER.writeValueAsString(profile) + "\n");
        } catch (java.io.IOException e) {
            Findings findings = new Findings();
            findings.error(
                    "output-error",
                    "The profile of '" + resource.name() + "' cannot be written to " + file + ": " + e.getMessage(),
                    Location.ofFile(file.toString()));
            checks.add(CheckResult.ran("profile " + resource.name(), "the profile is written", findings.list()));
        }
        return profile;
    }

    private static final com.fasterxml.jackson.databind.ObjectWriter PROFILE_WRITER =
            new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter();

    /**
     * A resource name as a file name: letters, digits, dots, hyphens and underscores. A name with other characters
     * has them replaced and a hash of the whole name added after a {@code ~}, which no kept name holds, so two
     * resources ({@code a b} and {@code a/b}, or {@code a_b}) never share a profile file.
     */
    static String fileName(String resource) {
        String safe = resource.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.equals(resource) && !safe.equals(".") && !safe.equals("..")) {
            return safe;
        }
        return safe + "~" + String.format(Locale.ROOT, "%08x", resource.hashCode());
    }

    private static String tolerance(DataResource resource) {
        List<String> parts = new ArrayList<>();
        if (resource.maxErrorRate() != null) {
            parts.add("maxErrorRate " + resource.maxErrorRate());
        }
        if (resource.maxErrors() != null) {
            parts.add("maxErrors " + resource.maxErrors());
        }
        return String.join(", ", parts);
    }

    /**
     * Where the request's data package descriptor is: the configured one, or the first default location that exists.
     *
     * @param request the request
     * @return the descriptor's path, which may not exist
     */
    public static Path locate(DataRequest request) {
        return ProjectFiles.locate(request.projectDirectory(), request.dataPackage(), DEFAULT_LOCATIONS);
    }

    /**
     * The files this gate reads for a request, so a stored result can be reused while they are unchanged: the
     * descriptor, every resource's files and every schema file it names. A descriptor that cannot be read yields
     * itself alone, since the result then depends on it alone.
     *
     * @param request the request
     * @return the files, present or not
     */
    @Override
    public Optional<List<Path>> inputs(DataRequest request) {
        return Optional.ofNullable(files(request));
    }

    /** The files, or null when a resource is a table or a query of an engine, whose rows may change unseen. */
    private static List<Path> files(DataRequest request) {
        Path descriptorPath = locate(request);
        List<Path> files = new ArrayList<>(List.of(descriptorPath));
        if (!Files.isRegularFile(descriptorPath)) {
            return files;
        }
        try {
            LocatedDocument descriptor = DocumentReader.read(descriptorPath, descriptorPath.toString());
            Path directory = descriptorPath.toAbsolutePath().getParent();
            for (JsonNode resource : descriptor.root().path("resources")) {
                if (resource.path("mlgate").has("table")
                        || resource.path("mlgate").has("query")) {
                    return null;
                }
                JsonNode path = resource.path("path");
                for (JsonNode one : path.isArray() ? path : List.of(path)) {
                    if (one.isTextual()) {
                        files.addAll(ParquetFiles.filesOf(directory.resolve(one.asText()), one.asText()));
                    }
                }
                if (resource.path("schema").isTextual()) {
                    files.add(directory.resolve(resource.path("schema").asText()));
                }
            }
        } catch (DocumentException | java.nio.file.InvalidPathException e) {
            // The gate reports it; the result depends on the descriptor alone.
        }
        return files;
    }
}
