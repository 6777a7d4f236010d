package neuralmath.course.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.IntToDoubleFunction;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import neuralmath.la.Matrix;

/**
 * One "your turn" exercise of the course, and the checks a notebook calls.
 *
 * <p>In a notebook, a check names the exercise and hands over the learner's own value or function:
 * <pre>{@code
 * Exercise.check("04.weighted-sum-by-hand", myZ);
 * Exercise.check("05.sigmoid", (double z) -> mySigmoid(z));
 * Exercise.progress()   // the exercises of the whole course: done, tried, not tried
 * }</pre>
 * A function is written as a lambda with its parameter's type, as above: that type picks the kind of answer.
 *
 * <p>The right answer is computed here, in the library, and never printed. A function is tried on inputs the
 * notebook does not show. When the answer is not right, the check says what looks wrong: a mistake the exercise
 * knows by name ("did you add the bias?"), or what any answer can show (a NaN, a transposed matrix, a constant
 * factor). Each exercise is worth {@link #points()} points; a matrix that is partly right earns the share of its
 * entries that are right.
 *
 * @param <A> the kind of answer: {@code Double}, {@code Matrix}, {@code int[]} or a functional interface
 */
public final class Exercise<A> {

    private final String id;
    private final String title;
    private final int points;
    private final Class<A> kind;
    private final Supplier<A> reference;
    private final List<Probe<A>> probes = new ArrayList<>();
    private final List<Mistake<A>> mistakes = new ArrayList<>();
    private String hint = "";
    private double tolerance = 1e-6;
    private List<Object> rightOutcomes;

    /** One thing a check looks at: the answer itself, or a function's value at one input, named by its label. */
    private record Probe<A>(String label, Function<A, Object> outcome) {
    }

    /** A typical wrong answer and what to say when the learner's answer behaves exactly like it. */
    private record Mistake<A>(Supplier<A> answer, String diagnosis) {
    }

    private Exercise(String id, String title, int points, Class<A> kind, Supplier<A> reference) {
        if (!id.matches("\\d\\d\\.[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("an exercise id is the chapter's two digits, a dot and words joined by"
                    + " dashes, like 04.weighted-sum-by-hand, not " + id);
        }
        if (points < 1) {
            throw new IllegalArgumentException("exercise " + id + " must be worth at least 1 point");
        }
        this.id = id;
        this.title = title;
        this.points = points;
        this.kind = kind;
        this.reference = reference;
    }

    // ----------------------------------------------------------------------------------------------
    // The checks a notebook calls

    /** Checks a number: a value worked out by hand or computed in the cell before. */
    public static void check(String id, double yours) {
        report(id, Double.class, yours);
    }

    /** Checks a matrix. */
    public static void check(String id, Matrix yours) {
        report(id, Matrix.class, yours);
    }

    /** Checks an array of integers, such as a network's layer sizes. */
    public static void check(String id, int[] yours) {
        report(id, int[].class, yours);
    }

    /** Checks a function of one real number: {@code (double z) -> mySigmoid(z)}. */
    public static void check(String id, DoubleUnaryOperator yours) {
        report(id, DoubleUnaryOperator.class, yours);
    }

    /** Checks a function of a whole number: {@code (int n) -> heStandardDeviation(n)}. */
    public static void check(String id, IntToDoubleFunction yours) {
        report(id, IntToDoubleFunction.class, yours);
    }

    /** Checks a function of an array of integers: {@code (int[] sizes) -> parameters(sizes)}. */
    public static void check(String id, ToIntFunction<int[]> yours) {
        report(id, ToIntFunction.class, yours);
    }

    /** Checks a function of three matrices: {@code (Matrix X, Matrix V, Matrix b) -> weightedSumsFromRows(X, V, b)}. */
    public static void check(String id, ThreeMatrixFunction yours) {
        report(id, ThreeMatrixFunction.class, yours);
    }

    /** Checks a function of a neuron: {@code (LeakyIntegrateAndFire neuron) -> smallestFiringCurrent(neuron)}. */
    public static void check(String id, NeuronFunction yours) {
        report(id, NeuronFunction.class, yours);
    }

    /** Checks a function of one matrix: {@code (Matrix g) -> adamFirstStep(g)}. */
    public static void check(String id, UnaryOperator<Matrix> yours) {
        report(id, UnaryOperator.class, yours);
    }

    /** Checks a function of two matrices: {@code (Matrix yHat, Matrix y) -> myMseGradient(yHat, y)}. */
    public static void check(String id, BinaryOperator<Matrix> yours) {
        report(id, BinaryOperator.class, yours);
    }

    /** Checks a function of three whole numbers: {@code (int n, int h, int K) -> parameterCount(n, h, K)}. */
    public static void check(String id, ThreeIntFunction yours) {
        report(id, ThreeIntFunction.class, yours);
    }

    /** Checks a function of a table of counts: {@code (int[][] counts) -> accuracyFrom(counts)}. */
    public static void check(String id, ToDoubleFunction<int[][]> yours) {
        report(id, ToDoubleFunction.class, yours);
    }

    /**
     * The exercises of the whole course with what this learner has done: right, tried, or not tried yet, from the
     * results kept beside the notebooks (see {@link Progress}).
     */
    public static Object progress() {
        return Progress.table(ExerciseCatalogue.all());
    }

    /** What every check of this JVM found, in order: what a grader reads after running a notebook. */
    public static List<Verdict> results() {
        return Progress.session();
    }

    private static <A> void report(String id, Class<A> kind, Object yours) {
        Exercise<?> exercise = ExerciseCatalogue.find(id);
        Verdict verdict = exercise.judgeAnswerOfKind(kind, yours);
        Progress.record(verdict);
        System.out.println(verdict);
    }

    Verdict judgeAnswerOfKind(Class<?> given, Object yours) {
        if (!kind.equals(given)) {
            return notYet(0, "exercise " + id + " expects " + kindName(kind) + ", and this check passed "
                    + kindName(given) + ": use the check line the notebook gives");
        }
        return judge(kind.cast(yours));
    }

    private static String kindName(Class<?> kind) {
        if (kind == Double.class) {
            return "a number";
        }
        if (kind == Matrix.class) {
            return "a matrix";
        }
        return kind == int[].class ? "an array of integers" : "a function (" + kind.getSimpleName() + ")";
    }

    // ----------------------------------------------------------------------------------------------
    // Defining exercises (the chapters' catalogues)

    /** An exercise whose answer is a number. */
    static Exercise<Double> number(String id, String title, int points, Supplier<Double> reference) {
        return new Exercise<>(id, title, points, Double.class, reference).probe("", d -> d);
    }

    /** An exercise whose answer is a matrix. */
    static Exercise<Matrix> matrix(String id, String title, int points, Supplier<Matrix> reference) {
        return new Exercise<>(id, title, points, Matrix.class, reference).probe("", m -> m);
    }

    /** An exercise whose answer is an array of integers. */
    static Exercise<int[]> integers(String id, String title, int points, Supplier<int[]> reference) {
        return new Exercise<>(id, title, points, int[].class, reference).probe("", a -> a);
    }

    /**
     * An exercise whose answer is a function of the kind {@code kind}; add a {@link #probe} for each input it is
     * tried on.
     */
    static <F> Exercise<F> function(String id, String title, int points, Class<F> kind, F reference) {
        return new Exercise<>(id, title, points, kind, () -> reference);
    }

    /**
     * The kind of a generic functional interface, such as {@code kind(BinaryOperator.class)} for
     * {@code BinaryOperator<Matrix>}: the class a check passes for it, typed for {@link #function}.
     */
    @SuppressWarnings("unchecked")
    static <F> Class<F> kind(Class<?> functionalInterface) {
        return (Class<F>) functionalInterface;
    }

    /** Looks at {@code outcome} of an answer (a number, a matrix or an int[]); {@code label} names it for the learner. */
    Exercise<A> probe(String label, Function<A, Object> outcome) {
        probes.add(new Probe<>(label, outcome));
        return this;
    }

    /** The name of a value answer in messages, such as "z" in "your z = 1.5 is not right". */
    Exercise<A> called(String name) {
        probes.set(0, new Probe<>(name, probes.get(0).outcome()));
        return this;
    }

    /** A typical wrong answer, and the diagnosis printed when the learner's answer gives exactly its outcomes. */
    Exercise<A> mistake(Supplier<A> wrong, String diagnosis) {
        mistakes.add(new Mistake<>(wrong, diagnosis));
        return this;
    }

    /** What to look at when the answer is not right. A hint guides; it never holds the answer's code. */
    Exercise<A> hint(String text) {
        this.hint = text;
        return this;
    }

    /** How close counts as right: |yours − right| ≤ tolerance · max(1, |right|); 1e-6 unless set. */
    Exercise<A> tolerance(double value) {
        this.tolerance = value;
        return this;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public int points() {
        return points;
    }

    /** The two-digit chapter this exercise belongs to, from its id. */
    public String chapter() {
        return id.substring(0, 2);
    }

    /** The hint a learner reads under an answer that is not right yet (empty when there is none). */
    public String hint() {
        return hint;
    }

    /** The diagnoses of the known mistakes, in order: what a check prints for an answer that behaves like one. */
    public List<String> mistakeDiagnoses() {
        return mistakes.stream().map(Mistake::diagnosis).toList();
    }

    /**
     * Judges an answer: right when every outcome is; otherwise the first known mistake it matches, or what its first
     * wrong outcome shows, with a hint.
     */
    Verdict judge(A yours) {
        if (yours == null) {
            return notYet(0, "your answer is null: fill in the cell above, run it, then run this check again");
        }
        List<Object> right = rightOutcomes();
        List<Object> outcomes = new ArrayList<>();
        for (Probe<A> probe : probes) {
            try {
                outcomes.add(probe.outcome().apply(yours));
            } catch (RuntimeException e) {
                return notYet(0, "your " + what(probe) + " threw " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
        }
        int firstWrong = -1;
        double share = 0;
        for (int i = 0; i < probes.size(); i++) {
            Comparison c = Comparison.of(outcomes.get(i), right.get(i), tolerance);
            share += c.share() / probes.size();
            if (!c.right() && firstWrong < 0) {
                firstWrong = i;
            }
        }
        if (firstWrong < 0) {
            return new Verdict(id, title, true, points, points, title + ": " + shownOutcome(0, outcomes.get(0)));
        }
        double earned = right.get(0) instanceof Matrix ? Math.floor(points * share * 10) / 10 : 0;
        for (Mistake<A> mistake : mistakes) {
            if (behavesLike(outcomes, mistake.answer().get())) {
                return notYet(earned, title + ": " + mistake.diagnosis());
            }
        }
        Comparison first = Comparison.of(outcomes.get(firstWrong), right.get(firstWrong), tolerance);
        return notYet(earned, title + ": your " + shownOutcome(firstWrong, outcomes.get(firstWrong)) + " is not right"
                + (first.diagnosis().isEmpty() ? "" : ": " + first.diagnosis()));
    }

    /** The verdict on the library's own answer: the catalogue's tests require it to be right. */
    Verdict judgeReference() {
        return judge(reference.get());
    }

    /** The verdict on each known mistake, in order, with the diagnosis it must print. */
    Map<String, Verdict> judgeMistakes() {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        for (Mistake<A> mistake : mistakes) {
            verdicts.put(mistake.diagnosis(), judge(mistake.answer().get()));
        }
        return verdicts;
    }

    private boolean behavesLike(List<Object> outcomes, A wrong) {
        for (int i = 0; i < probes.size(); i++) {
            if (!Comparison.of(outcomes.get(i), probes.get(i).outcome().apply(wrong), tolerance).right()) {
                return false;
            }
        }
        return true;
    }

    private synchronized List<Object> rightOutcomes() {
        if (rightOutcomes == null) {
            A answer = Objects.requireNonNull(reference.get(), "the reference answer of " + id);
            List<Object> outcomes = new ArrayList<>();
            for (Probe<A> probe : probes) {
                outcomes.add(probe.outcome().apply(answer));
            }
            rightOutcomes = List.copyOf(outcomes);
        }
        return rightOutcomes;
    }

    private String what(Probe<A> probe) {
        return probe.label().isEmpty() ? "answer" : probe.label();
    }

    private String shownOutcome(int probe, Object outcome) {
        String label = probes.get(probe).label();
        return (label.isEmpty() ? "answer" : label) + " = " + Comparison.shown(outcome);
    }

    private Verdict notYet(double earned, String message) {
        return new Verdict(id, title, false, earned, points, message + (hint.isEmpty() ? "" : "\n  Hint: " + hint));
    }
}
