package neuralmath.grader;

/**
 * One exercise of the course as the grader counts it: its id, title and points from the library's catalogue, and
 * the course notebook whose check cell checks it.
 */
record CourseExercise(String id, String title, int points, String notebook) {
}
