/**
 * Model files: a trained network and its optimizer's state saved as JSON and loaded back, with every number and
 * size checked, and written atomically so that a failed save loses nothing.
 */
package neuralmath.io;
