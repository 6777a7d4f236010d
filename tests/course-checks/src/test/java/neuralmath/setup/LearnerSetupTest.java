package neuralmath.setup;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A learner's setup, as far as it can be checked without conda: environment.yml parses and names what the README
 * promises, the fast-path option is set for JJava, and Binder's scripts build the library the notebooks load.
 */
class LearnerSetupTest {

    /** The repository: this test runs in tests/course-checks. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
    private static final String FAST_PATH = "--add-modules jdk.incubator.vector";

    @Test
    void environmentFileNamesTheJdkMavenJupyterLabNbconvertAndJJava() throws IOException {
        JsonNode env = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("environment.yml").toFile());
        List<String> conda = new ArrayList<>();
        List<String> pip = new ArrayList<>();
        for (JsonNode dependency : env.path("dependencies")) {
            if (dependency.isTextual()) {
                conda.add(dependency.asText());
            } else {
                dependency.path("pip").forEach(p -> pip.add(p.asText()));
            }
        }
        assertAll(
                () -> assertEquals("neural-math", env.path("name").asText()),
                () -> assertTrue(conda.contains("openjdk=17"), "a JDK 17: " + conda),
                () -> assertTrue(conda.contains("maven"), "Maven: " + conda),
                () -> assertTrue(conda.contains("jupyterlab"), "JupyterLab: " + conda),
                () -> assertTrue(conda.contains("nbconvert"), "nbconvert: " + conda),
                () -> assertTrue(conda.contains("pip"), "pip, for its pip section: " + conda),
                () -> assertEquals(List.of("jjava"), pip, "the JJava kernel from its pip section"),
                () -> assertEquals(FAST_PATH, env.path("variables").path("JJAVA_JVM_OPTS").asText()));
    }

    @Test
    void readmeTellsHowToOpenTheCourseWithWhatTheEnvironmentGives() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        for (String promised : List.of("## Open the course in Jupyter", "conda env create -f environment.yml",
                "conda activate neural-math", "jupyter lab notebooks/", "JJAVA_JVM_OPTS", "JDK_JAVA_OPTIONS",
                "IJava 1.3.0", "pip install jjava", FAST_PATH, "./mvnw -B -pl lib -am package -DskipTests")) {
            assertTrue(readme.contains(promised), "README.md should say " + promised);
        }
    }

    @Test
    void binderBuildsTheLibraryAndTurnsOnTheFastPath() throws IOException {
        Path postBuild = ROOT.resolve("postBuild");
        Path start = ROOT.resolve("start");
        assertAll(
                () -> assertTrue(Files.isExecutable(postBuild), "postBuild is executable"),
                () -> assertTrue(Files.readString(postBuild).contains("./mvnw -B -ntp -pl lib -am package -DskipTests")),
                () -> assertTrue(Files.isExecutable(start), "start is executable"),
                () -> assertTrue(Files.readString(start).contains("JJAVA_JVM_OPTS=\"" + FAST_PATH + "\"")),
                () -> assertTrue(Files.readString(start).contains("exec \"$@\"")));
    }
}
