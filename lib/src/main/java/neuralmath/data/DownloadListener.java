package neuralmath.data;

/**
 * Hears how a download goes, to show a progress bar: {@code neuralmath.course.progress.DownloadProgress} draws one
 * in a notebook or on a terminal.
 */
public interface DownloadListener {

    /** The download of {@code file} begins; {@code totalBytes} is its size, or −1 when the server does not say. */
    void started(String file, long totalBytes);

    /** {@code bytesSoFar} bytes of it have arrived. */
    void advanced(long bytesSoFar);

    /** It ended, whole or not. */
    void ended();
}
