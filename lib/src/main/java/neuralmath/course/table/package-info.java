/**
 * Tables of numbers built with Tablesaw: a matrix or vector, the pixels of a digit, a training history, metrics per
 * class. A {@link neuralmath.course.table.TableView} shows as HTML when a notebook cell ends with it and as aligned text
 * when printed, both cut after the first rows with a note of how many were left out.
 */
package neuralmath.course.table;
