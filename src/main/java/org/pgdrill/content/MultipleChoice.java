package org.pgdrill.content;

import java.util.List;

/**
 * A multiple-choice question with an explanation for every option.
 *
 * @param id          stable within the lesson
 * @param question    inline Markdown
 * @param multiSelect true when more than one option may be correct (the learner ticks all that apply)
 * @param options     2 to 6 options in the order the author wrote them
 */
public record MultipleChoice(String id, String question, boolean multiSelect, List<Option> options) {
    public MultipleChoice {
        options = List.copyOf(options);
    }

    /** The options a learner must pick, in order. */
    public List<Option> correctOptions() {
        return options.stream().filter(Option::correct).toList();
    }

    /**
     * One answer.
     *
     * @param text        inline Markdown
     * @param correct     whether picking it is right
     * @param explanation why it is right or wrong (inline Markdown), shown after answering
     */
    public record Option(String text, boolean correct, String explanation) {
    }
}
