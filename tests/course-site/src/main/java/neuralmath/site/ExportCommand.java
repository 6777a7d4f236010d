package neuralmath.site;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code course export}: executed notebooks in, offline course site, slides and notebook copies out. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports executed notebooks as an offline HTML course site and reveal.js slides.")
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--notebooks", required = true, paramLabel = "DIR",
            description = "Folder of executed notebooks (NN-name.ipynb, chapters in file name order).")
    Path notebooks;

    @Option(names = "--out", defaultValue = "target/course", paramLabel = "DIR",
            description = "Where the course goes (default: ${DEFAULT-VALUE}); never the notebooks' folder or one"
                    + " holding it. Only the files its .course-export lists are replaced; any other file in its"
                    + " site, slides, notebooks or assets folder stops the export.")
    Path out;

    @Option(names = "--title", defaultValue = CourseSite.DEFAULT_TITLE, description = "Course title.")
    String title;

    @CommandLine.Mixin
    BinderRepo.Option binder = new BinderRepo.Option();

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        CourseSite.Exported course = CourseSite.build(notebooks, out, title, binder.repo());
        System.out.printf("Exported %d chapters to %s in %d ms: open %s%n", course.slideDecks().size(),
                course.root(), (System.nanoTime() - start) / 1_000_000, course.root().resolve("site/index.html"));
        return 0;
    }

    /**
     * The command on its own, as {@code course export} reports a bad notebook or folder: by its message alone (it
     * names the file), not a stack trace.
     */
    public static CommandLine commandLine() {
        CommandLine command = new CommandLine(new ExportCommand());
        command.setExecutionExceptionHandler((error, line, parsed) -> {
            line.getErr().println("course " + line.getCommandName() + ": " + error.getMessage());
            return 1;
        });
        return command;
    }
}
