package neuralmath.tool;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and their subfolders with java.nio's {@link WatchService} for files created, changed or deleted,
 * leaving out build output ({@code target/}), Jupyter's checkpoints and hidden files (editors' and Jupyter's
 * temporary copies start with a dot).
 */
final class SourceWatcher implements AutoCloseable {

    private final WatchService service;
    private final java.util.Map<WatchKey, Path> folders = new java.util.HashMap<>();

    SourceWatcher(List<Path> roots) throws IOException {
        service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root.toAbsolutePath().normalize());
            }
        }
    }

    /** Whether changes to this file or folder are left out. */
    static boolean ignored(Path path) {
        for (Path part : path) {
            String name = part.toString();
            if (name.equals("target") || name.equals(".ipynb_checkpoints") || name.startsWith(".")) {
                return true;
            }
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".part");
    }

    /**
     * Waits for the next change, then until no change has come for {@code settle} (a save is often several
     * events), and returns the files and folders that changed, absolute.
     */
    Set<Path> next(Duration settle) throws InterruptedException {
        Set<Path> changed = new TreeSet<>();
        WatchKey key = service.take();
        while (key != null) {
            Path folder = folders.get(key);
            for (WatchEvent<?> event : key.pollEvents()) {
                if (folder == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                    continue;
                }
                Path path = folder.resolve((Path) event.context());
                if (ignored(folder.relativize(path)) || ignored(path.getFileName())) {
                    continue;
                }
                changed.add(path);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                    try {
                        registerTree(path);
                    } catch (IOException e) {
                        System.err.println("course preview: cannot watch " + path + ": " + e.getMessage());
                    }
                }
            }
            if (!key.reset()) {
                folders.remove(key);
            }
            key = service.poll(settle.toMillis(), TimeUnit.MILLISECONDS);
        }
        return changed;
    }

    private void registerTree(Path root) throws IOException {
        List<Path> tree;
        try (Stream<Path> walk = Files.walk(root)) {
            tree = walk.filter(Files::isDirectory).filter(dir -> dir.equals(root) || !ignored(root.relativize(dir)))
                    .toList();
        }
        for (Path folder : tree) {
            folders.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), folder);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            service.close();
        } catch (ClosedWatchServiceException e) {
            // closed already
        }
    }
}
