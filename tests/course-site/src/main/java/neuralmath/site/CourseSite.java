package neuralmath.site;

import neuralmath.notebook.Notebook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Exports the course from a folder of executed notebooks ({@code NN-name.ipynb}, chapters in file name order) into
 * a folder that opens offline:
 * <pre>
 * notebooks/NN-name.ipynb   the executed notebooks, as they came
 * site/index.html           the chapters and what each teaches
 * site/NN-name.html         one page per chapter: chapter sidebar, sections, previous/next links
 * site/search-index.js      the sections the offline search indexes ({@link SearchIndex})
 * site/notebook-files/      each notebook as a script, for its download from file:// ({@link NotebookFileScript})
 * slides/NN-name.html       one reveal.js deck per chapter
 * assets/                   KaTeX, highlight.js, reveal.js and the course's styles, copied, never from a CDN
 * </pre>
 */
public final class CourseSite {

    public static final String DEFAULT_TITLE = "The Math Behind Neural Networks";

    /** What an export wrote. */
    public record Exported(Path root, List<Path> sitePages, List<Path> slideDecks, List<Path> notebooks) {
    }

    private CourseSite() {
    }

    public static Exported build(Path executedNotebooksDir, Path outDir) throws IOException {
        return build(executedNotebooksDir, outDir, DEFAULT_TITLE);
    }

    /**
     * Exports the notebooks of {@code executedNotebooksDir} into {@code outDir}. Refuses an {@code outDir} that is or
     * contains the notebooks' folder, and one whose site, slides, notebooks or assets folder holds a file an earlier
     * export did not write ({@link OutputFolder}); removes only what the last export wrote.
     */
    public static Exported build(Path executedNotebooksDir, Path outDir, String courseTitle) throws IOException {
        return build(executedNotebooksDir, outDir, courseTitle, null);
    }

    /** As {@link #build(Path, Path, String)}, each chapter page linking to Binder when {@code binder} is not null. */
    public static Exported build(Path executedNotebooksDir, Path outDir, String courseTitle, BinderRepo binder)
            throws IOException {
        List<Chapter> chapters = read(executedNotebooksDir).stream().map(Chapter::of).toList();
        OutputFolder.refuseOverlap(executedNotebooksDir, "notebooks", outDir, false);
        OutputFolder out = OutputFolder.claim(outDir, List.of("site", "slides", "notebooks", "assets"));
        Assets.copyTo(out, "assets");
        List<Path> notebooks = new ArrayList<>();
        for (Chapter chapter : chapters) {
            Path copy = out.file("notebooks/" + chapter.notebookFile());
            notebooks.add(Files.copy(chapter.notebook().path(), copy, StandardCopyOption.REPLACE_EXISTING));
            write(out.file("site/" + NotebookFileScript.path(chapter)),
                    NotebookFileScript.script(chapter, Files.readString(copy, StandardCharsets.UTF_8)));
        }
        SitePages site = new SitePages(courseTitle, chapters, binder);
        write(out.file("site/" + SearchIndex.FILE), site.searchIndex());
        List<Path> pages = new ArrayList<>();
        pages.add(write(out.file("site/index.html"), site.index()));
        List<Path> decks = new ArrayList<>();
        for (int i = 0; i < chapters.size(); i++) {
            Chapter chapter = chapters.get(i);
            pages.add(write(out.file("site/" + chapter.pageFile()), site.chapter(i)));
            decks.add(write(out.file("slides/" + chapter.pageFile()), SlideDeck.of(chapter,
                    i + 1 < chapters.size() ? chapters.get(i + 1) : null, courseTitle)));
        }
        return new Exported(outDir, List.copyOf(pages), List.copyOf(decks), List.copyOf(notebooks));
    }

    private static List<Notebook> read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("No folder of executed notebooks at " + dir.toAbsolutePath());
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(file -> file.getFileName().toString().endsWith(".ipynb"))
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("No .ipynb notebooks in " + dir.toAbsolutePath());
        }
        List<Notebook> notebooks = new ArrayList<>();
        for (Path file : files) {
            notebooks.add(Notebook.read(file));
        }
        return notebooks;
    }

    private static Path write(Path file, String html) throws IOException {
        return Files.writeString(file, html, StandardCharsets.UTF_8);
    }
}
