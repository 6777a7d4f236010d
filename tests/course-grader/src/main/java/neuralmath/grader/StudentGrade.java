package neuralmath.grader;

import java.util.List;

/**
 * One student's grades: a {@link NotebookGrade} per course notebook, in the course's order, and notes on the files
 * of their folder that are no notebook of the course.
 */
record StudentGrade(String student, List<NotebookGrade> notebooks, List<String> notes) {

    StudentGrade {
        notebooks = List.copyOf(notebooks);
        notes = List.copyOf(notes);
    }

    /** Every exercise's grade, in the course's order. */
    List<ExerciseGrade> exercises() {
        return notebooks.stream().flatMap(n -> n.exercises().stream()).toList();
    }

    /** The points earned in all. */
    double total() {
        return exercises().stream().mapToDouble(ExerciseGrade::earned).sum();
    }
}
