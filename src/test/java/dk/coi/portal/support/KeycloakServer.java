package dk.coi.portal.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The real Keycloak server (the Quarkus distribution unpacked by Maven into target/keycloak), started in
 * dev mode on free loopback ports with the portal's realm from docker/keycloak imported.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "innovationsportal";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(7);

    private final Process process;
    private final int port;

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static KeycloakServer start() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.7.3")).toAbsolutePath();
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home + "; run the tests through Maven");
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(Path.of("docker/keycloak/realm-innovationsportal.json"),
                imports.resolve("realm-innovationsportal.json"), StandardCopyOption.REPLACE_EXISTING);
        int port = freePort();
        int managementPort = freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                "--health-enabled=true", "--import-realm"))
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target/keycloak.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        KeycloakServer server = new KeycloakServer(builder.start(), port);
        server.awaitRealm();
        return server;
    }

    public String issuerUri() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    private void awaitRealm() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuerUri() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped during start-up; see target/keycloak.log");
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Keycloak is still starting.
            }
            Thread.sleep(1000);
        }
        close();
        throw new IllegalStateException("Keycloak did not serve the realm within " + START_TIMEOUT);
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
