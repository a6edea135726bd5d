package org.pgdrill.app;

import java.util.List;
import org.pgdrill.content.Problem;
import org.pgdrill.content.Track;

/**
 * The part of {@code pgdrill validate} that needs PostgreSQL: installs the track's datasets, runs every
 * exercise's reference solution on its dataset and variants, and checks the plan of plan exercises.
 * Implemented on the practice engine; {@link PackValidation} calls it once per loaded track.
 */
@FunctionalInterface
public interface LiveExerciseCheck {

    /**
     * The problems found in {@code track}'s exercises; empty when every reference solution passed.
     * Problems should name the exercise's {@code parts.yaml} (an absolute path is fine: the report
     * makes it relative to the validated folder) and the line of the exercise where known.
     */
    List<Problem> check(Track track);
}
