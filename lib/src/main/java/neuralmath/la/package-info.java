/**
 * Linear algebra, and where the library's speed lives. {@link neuralmath.la.Matrix} is the one data type of the
 * course: a learner reads its methods as formulas. Behind it, {@link neuralmath.la.MatrixKernels} runs the loops
 * that decide the speed (products, column sums, e^x) in three implementations chosen by {@link neuralmath.la.Kernels}:
 * a readable triple loop ({@code ReferenceKernels}, what a product computes and the tests' oracle), plain Java, and
 * the Vector API. {@link neuralmath.la.Convolution} is the operation a convolutional layer is named after. This
 * package knows no activation, loss or network.
 */
package neuralmath.la;
