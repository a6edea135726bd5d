package org.pgdrill.content;

import java.net.URI;
import java.util.Optional;

/** Where a learner can go after a lesson: another lesson of this track, another track, or a web page. */
public sealed interface NextStep {

    /** A lesson of the same track. */
    record ToLesson(String lessonId) implements NextStep {
    }

    /** Another track, optionally a lesson in it. */
    record ToTrack(String trackId, Optional<String> lessonId) implements NextStep {
    }

    /** A web page. */
    record ToUrl(String text, URI url) implements NextStep {
    }
}
