package neuralmath.grader;

import java.util.List;

/**
 * One course notebook of one student: each exercise's grade, and notes on the run as a whole (it did not finish,
 * a cell other than a check failed).
 */
record NotebookGrade(String notebook, List<ExerciseGrade> exercises, List<String> notes) {

    NotebookGrade {
        exercises = List.copyOf(exercises);
        notes = List.copyOf(notes);
    }
}
