/**
 * Data sets and their preparation: the 8×8 digits (shipped), Fashion-MNIST (read from IDX files), CSV files, scaling,
 * one-hot encoding, scikit-learn's train/test split and numpy's random numbers, reproduced exactly.
 */
package neuralmath.data;
