package io.github.mlgate.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A request's reuse key holds every component but the services, so no setting can be left out of it. */
class ReuseKeyTest {

    /** A service a request may hold: never part of the key. */
    interface Listener extends Service {}

    record Request(Path file, int limit, GatePolicy policy, Listener listener) {}

    private static final Listener ONE = new Listener() {};
    private static final Listener OTHER = new Listener() {};

    @Test
    void everyComponentIsInTheKeyByNameAndValue() {
        String key = ReuseKey.of(new Request(Path.of("a.csv"), 3, GatePolicy.DEFAULT, ONE));

        assertThat(key)
                .isEqualTo(Request.class.getName() + "\nfile=a.csv\nlimit=3\npolicy=GatePolicy[failOnWarning=false]\n");
    }

    @Test
    void changingAnySettingChangesTheKey() {
        Request request = new Request(Path.of("a.csv"), 3, GatePolicy.DEFAULT, ONE);
        String key = ReuseKey.of(request);

        assertThat(ReuseKey.of(new Request(Path.of("b.csv"), 3, GatePolicy.DEFAULT, ONE)))
                .isNotEqualTo(key);
        assertThat(ReuseKey.of(new Request(Path.of("a.csv"), 4, GatePolicy.DEFAULT, ONE)))
                .isNotEqualTo(key);
        assertThat(ReuseKey.of(new Request(Path.of("a.csv"), 3, new GatePolicy(true), ONE)))
                .isNotEqualTo(key);
    }

    @Test
    void aServiceIsNotASetting() {
        assertThat(ReuseKey.of(new Request(Path.of("a.csv"), 3, GatePolicy.DEFAULT, OTHER)))
                .isEqualTo(ReuseKey.of(new Request(Path.of("a.csv"), 3, GatePolicy.DEFAULT, ONE)));
    }
}
