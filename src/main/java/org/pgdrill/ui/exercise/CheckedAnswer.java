package org.pgdrill.ui.exercise;

import java.time.Duration;
import org.pgdrill.practice.check.Verdict;

/**
 * One check as the verdict panel shows it.
 *
 * @param verdict     the checker's verdict
 * @param taken       time from opening the exercise to pressing Check
 * @param overTime    the time limit had passed when the answer was checked
 * @param afterSolution the solution had been shown before this check, so a correct answer is not a solve
 * @param saveProblem why the attempt was not stored, or empty
 */
record CheckedAnswer(Verdict verdict, Duration taken, boolean overTime, boolean afterSolution, String saveProblem) {
}
