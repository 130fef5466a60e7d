package io.github.mlgate.maven;

import io.github.mlgate.data.engine.EngineException;
import io.github.mlgate.data.resource.EngineSpec;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The user and password of an engine's {@code <server>} in Maven's {@code settings.xml}, its password decrypted as
 * Maven decrypts it ({@code mvn --encrypt-password}); never logged, never written.
 */
final class SettingsCredentials {

    private final Settings settings;
    private final SettingsDecrypter decrypter;

    SettingsCredentials(Settings settings, SettingsDecrypter decrypter) {
        this.settings = settings;
        this.decrypter = decrypter;
    }

    /**
     * The user and password of the server an engine names.
     *
     * @param engine the engine, naming a server
     * @return the user and the password, either null where the server has none
     * @throws EngineException when settings.xml has no such server, or its password cannot be decrypted
     */
    String[] of(EngineSpec engine) throws EngineException {
        Server server = settings == null ? null : settings.getServer(engine.server());
        if (server == null) {
            throw new EngineException("The " + engine.shown() + " names the server '" + engine.server()
                    + "', which Maven's settings.xml does not have: add a <server> with that id and its"
                    + " <username> and <password>.");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new EngineException("The password of the server '" + engine.server() + "' in settings.xml"
                        + " cannot be decrypted: " + problem.getMessage());
            }
        }
        Server decrypted = result.getServer();
        return new String[] {decrypted.getUsername(), decrypted.getPassword()};
    }
}
