package io.github.mlgate.modelcard;

import io.github.mlgate.gate.CheckResult;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Gate;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateSettings;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.Services;
import io.github.mlgate.gate.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A toy gate, the worked example of docs/development.md ("Adding a gate"): the model card {@code MODEL_CARD.md}
 * states the model's intended use. {@code AddingAGateTest} runs it through the lifecycle as a registered gate would
 * run.
 */
public final class ModelCardGate implements Gate<ModelCardRequest> {

    /** The gate's name. */
    public static final String NAME = "model-card";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Stage stage() {
        return Stage.MODELLING;
    }

    @Override
    public ModelCardRequest request(GateSettings settings, Services services) {
        return new ModelCardRequest(settings.projectDirectory(), Path.of("MODEL_CARD.md"), settings.policy());
    }

    @Override
    public String absentInput(ModelCardRequest request) {
        return Files.exists(request.projectDirectory().resolve(request.card())) ? null : "no " + request.card();
    }

    @Override
    public Optional<List<Path>> inputs(ModelCardRequest request) {
        return Optional.of(List.of(request.projectDirectory().resolve(request.card())));
    }

    @Override
    public GateResult run(ModelCardRequest request) throws IOException {
        Path card = request.projectDirectory().resolve(request.card());
        String shown = request.card().toString();
        Findings findings = new Findings();
        if (!Files.exists(card)) {
            findings.error("file-missing", "The model card " + shown + " does not exist.", Location.ofFile(shown));
        } else if (!Files.readString(card).contains("## Intended use")) {
            findings.error(
                    "missing-section",
                    "The model card has no '## Intended use' section: say what the model is for, and what not.",
                    Location.ofFile(shown));
        }
        CheckResult check = CheckResult.ran("intended-use", "the model card states the intended use", findings.list());
        return GateResult.of(NAME, shown, List.of(check), request.policy());
    }
}
