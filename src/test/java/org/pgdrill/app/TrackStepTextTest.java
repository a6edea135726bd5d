package org.pgdrill.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Library and the Progress page say how far a learner is in the same words. */
class TrackStepTextTest {
    @Test
    void countsTheLessonsDoneAndRoundsThePercentDown() {
        assertThat(TrackProgress.stepText(0, 36)).isEqualTo("Step 0/36, 0%");
        assertThat(TrackProgress.stepText(12, 36)).isEqualTo("Step 12/36, 33%");
        assertThat(TrackProgress.stepText(35, 36)).as("100% only once every lesson is done").isEqualTo("Step 35/36, 97%");
        assertThat(TrackProgress.stepText(36, 36)).isEqualTo("Step 36/36, 100%");
        assertThat(TrackProgress.stepText(0, 0)).isEqualTo("Step 0/0, 0%");
    }
}
