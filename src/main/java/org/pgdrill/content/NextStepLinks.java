package org.pgdrill.content;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Checks that next steps lead somewhere: a lesson of the same track, or a loaded track (and a lesson of
 * it). A link that does not resolve is reported but does not keep its lesson from loading: its target
 * may be a pack the learner has not installed. While a lesson (or pack) whose id cannot be read exists,
 * links that do not resolve are not reported: they may point at it, and its own problem is reported.
 */
final class NextStepLinks {
    private final Problems problems;
    private final Map<String, Set<String>> lessonIdsByTrack;
    private final Set<String> tracksWithUnreadableLessons;
    private final boolean somePackUnreadable;

    /**
     * @param lessonIdsByTrack            the lesson ids each readable pack declares
     * @param tracksWithUnreadableLessons tracks with a lesson whose id could not be read
     * @param somePackUnreadable          whether a pack's track.yaml could not be read (its id is unknown)
     */
    NextStepLinks(Problems problems, Map<String, Set<String>> lessonIdsByTrack, Set<String> tracksWithUnreadableLessons,
                  boolean somePackUnreadable) {
        this.problems = problems;
        this.lessonIdsByTrack = lessonIdsByTrack;
        this.tracksWithUnreadableLessons = tracksWithUnreadableLessons;
        this.somePackUnreadable = somePackUnreadable;
    }

    void check(PackDraft draft) {
        String trackId = draft.header().id();
        Set<String> ownLessons = lessonIdsByTrack.getOrDefault(trackId, Set.of());
        for (LoadedLesson lesson : draft.loadedLessons()) {
            Path parts = lesson.partsFile().orElse(lesson.lessonFile());
            for (PartsMapper.PendingLink link : lesson.links()) {
                String message = unresolved(link.step(), trackId, ownLessons);
                if (message != null) {
                    draft.addLinkProblem(new Problem(problems.display(parts), link.line(), message));
                }
            }
        }
    }

    private String unresolved(NextStep step, String trackId, Set<String> ownLessons) {
        if (step instanceof NextStep.ToLesson toLesson) {
            return ownLessons.contains(toLesson.lessonId()) || tracksWithUnreadableLessons.contains(trackId) ? null
                    : "next step links to lesson '" + toLesson.lessonId() + "', which is not in this track"
                    + Suggestions.closest(toLesson.lessonId(), ownLessons).map(id -> " — did you mean '" + id + "'?")
                    .orElse(" — use the 'id' from the other lesson's front matter");
        }
        if (step instanceof NextStep.ToTrack toTrack) {
            Set<String> lessons = lessonIdsByTrack.get(toTrack.trackId());
            if (lessons == null) {
                return somePackUnreadable ? null : "next step links to track '" + toTrack.trackId() + "', which is not loaded — check the id, or validate"
                        + " the folder that holds both packs";
            }
            return toTrack.lessonId().filter(id -> !lessons.contains(id) && !tracksWithUnreadableLessons.contains(toTrack.trackId()))
                    .map(id -> "next step links to lesson '" + id + "' of track '" + toTrack.trackId()
                            + "', which that track does not have — check the lesson id")
                    .orElse(null);
        }
        return null;
    }
}
