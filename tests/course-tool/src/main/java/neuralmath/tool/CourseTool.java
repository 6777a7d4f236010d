package neuralmath.tool;

import neuralmath.grader.GradeCommand;
import neuralmath.runner.RunCommand;
import neuralmath.runner.UnfinishedRunGuard;
import neuralmath.site.ExportCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code course}: the course's one command-line tool, with a subcommand per task.
 *
 * <pre>
 * course run    NOTEBOOK|FOLDER... -o DIR   # executes notebooks headlessly, writes the executed copies
 * course build  [--notebooks DIR] [--out DIR] [--jobs N]   # runs every notebook, then exports the course
 * course export --notebooks DIR [--out DIR] # executed notebooks in, offline site and slides out
 * course grade  --course DIR --submissions DIR --out DIR [--jobs N]   # grades a class's notebooks
 * course preview [--port N]                # builds, serves on 127.0.0.1, rebuilds and reloads what changed
 * </pre>
 *
 * A command that ends before it has printed its summary exits with status {@value UnfinishedRunGuard#STATUS}
 * ({@link UnfinishedRunGuard}); an error in a subcommand is reported by its message alone, prefixed with the
 * subcommand's name, with exit status 1.
 */
@Command(name = "course", mixinStandardHelpOptions = true,
        description = "The course's tools: run notebooks headlessly, build the course, export executed notebooks,"
                + " grade submitted notebooks, preview the course while writing it.",
        subcommands = {RunCommand.class, BuildCommand.class, ExportCommand.class, GradeCommand.class, PreviewCommand.class,
                CommandLine.HelpCommand.class})
public final class CourseTool implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        UnfinishedRunGuard.install("course");
        int status = commandLine().execute(args);
        UnfinishedRunGuard.finished();
        System.exit(status);
    }

    /** The tool, reporting a bad notebook or folder by its message alone (it names the file), not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine command = new CommandLine(new CourseTool());
        command.setExecutionExceptionHandler((error, line, parsed) -> {
            line.getErr().println(line.getCommandSpec().qualifiedName() + ": " + error.getMessage());
            return 1;
        });
        return command;
    }

    /** Without a subcommand: the usage, and a usage error's status. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is needed: run, build, export, grade or preview");
    }
}
