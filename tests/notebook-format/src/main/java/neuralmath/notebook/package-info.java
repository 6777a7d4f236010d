/**
 * The one model of a Jupyter notebook (nbformat 4) that the course's tools share: {@link neuralmath.notebook.Notebook}
 * reads a file within bounds (256 MiB, nesting 1000 deep) and names the file and the fault when it is no notebook,
 * gives its cells to the runner and the export, and writes it back as Jupyter does.
 */
package neuralmath.notebook;
