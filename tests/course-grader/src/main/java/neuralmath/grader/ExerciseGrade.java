package neuralmath.grader;

/**
 * What one exercise earned in one submission, and its feedback: the line of the check's verdict, or why there is
 * none (the check did not run, failed, or recorded no result).
 */
record ExerciseGrade(CourseExercise exercise, double earned, boolean right, String feedback) {

    /** No points, for the reason given. */
    static ExerciseGrade none(CourseExercise exercise, String why) {
        return new ExerciseGrade(exercise, 0, false, why);
    }
}
