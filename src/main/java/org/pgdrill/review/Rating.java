package org.pgdrill.review;

/** The learner's answer to "how well did you remember?", with the grade FSRS computes with (1–4). */
public enum Rating {
    AGAIN(1, "Again"),
    HARD(2, "Hard"),
    GOOD(3, "Good"),
    EASY(4, "Easy");

    private final int grade;
    private final String label;

    Rating(int grade, String label) {
        this.grade = grade;
        this.label = label;
    }

    /** FSRS's G: 1 for Again … 4 for Easy. */
    public int grade() {
        return grade;
    }

    /** The button text. */
    public String label() {
        return label;
    }

    public static Rating ofGrade(int grade) {
        for (Rating rating : values()) {
            if (rating.grade == grade) {
                return rating;
            }
        }
        throw new IllegalArgumentException("A rating is 1 (Again) to 4 (Easy), not " + grade);
    }
}
