package neuralmath.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * The GitHub repository that holds the course, from which mybinder.org launches a chapter's notebook in JupyterLab
 * ({@code https://mybinder.org/v2/gh/OWNER/REPO/HEAD?labpath=notebooks%2FNN-name.ipynb}; the repository's
 * environment.yml and postBuild set the kernel up).
 *
 * @param owner the GitHub user or organisation
 * @param name the repository's name
 */
public record BinderRepo(String owner, String name) {

    private static final Pattern GITHUB = Pattern.compile(
            "https://github\\.com/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/([A-Za-z0-9._-]{1,100}?)(?:\\.git)?/?");

    /** The repository at {@code url}, which must read {@code https://github.com/OWNER/REPO}. */
    public static BinderRepo parse(String url) {
        Matcher match = GITHUB.matcher(url.strip());
        if (!match.matches() || match.group(2).matches("\\.+")) {
            throw new IllegalArgumentException("\"" + url + "\" is not a GitHub repository URL of the form"
                    + " https://github.com/OWNER/REPO");
        }
        return new BinderRepo(match.group(1), match.group(2));
    }

    /** The Binder link that opens {@code notebooks/<notebookFile>} of this repository. */
    String launchUrl(String notebookFile) {
        return "https://mybinder.org/v2/gh/" + owner + "/" + name + "/HEAD?labpath="
                + URLEncoder.encode("notebooks/" + notebookFile, StandardCharsets.UTF_8);
    }

    /** The {@code --binder-repo URL} option of {@code course export} and {@code course build}. */
    public static final class Option {

        @CommandLine.Option(names = "--binder-repo", paramLabel = "URL", converter = Converter.class,
                description = "The course's GitHub repository (https://github.com/OWNER/REPO): each chapter page"
                        + " then links to a Binder session of its notebook. Without it, no Binder link.")
        BinderRepo repo;

        /** The repository given, or null for none. */
        public BinderRepo repo() {
            return repo;
        }
    }

    /** Reads the option's value; picocli reports a bad one as "Invalid value for option '--binder-repo': …". */
    public static final class Converter implements CommandLine.ITypeConverter<BinderRepo> {
        @Override
        public BinderRepo convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException bad) {
                throw new CommandLine.TypeConversionException(bad.getMessage());
            }
        }
    }
}
