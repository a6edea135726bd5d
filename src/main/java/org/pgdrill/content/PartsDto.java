package org.pgdrill.content;

import java.util.List;

/** {@code parts.yaml} as written: every list is optional; items are checked when mapped to records. */
final class PartsDto extends Located {
    List<ChecklistDto> checklist;
    List<DrillDto> drills;
    List<String> tips;
    List<NextStepDto> nextSteps;
    List<FlashcardDto> flashcards;
    List<SelfCheckDto> selfCheck;
    List<MultipleChoiceDto> multipleChoice;
    List<ExerciseDto> exercises;

    static final class ChecklistDto extends Located {
        String id;
        String text;
    }

    static final class DrillDto extends Located {
        String id;
        String title;
        String situation;
        String sql;
        List<String> checkBeforeCommit;
    }

    static final class NextStepDto extends Located {
        String lesson;
        String track;
        String text;
        String url;
    }

    static final class FlashcardDto extends Located {
        String id;
        String question;
        String answer;
    }

    static final class SelfCheckDto extends Located {
        String id;
        String question;
        String modelAnswer;
    }

    static final class MultipleChoiceDto extends Located {
        String id;
        String question;
        Boolean multiSelect;
        List<OptionDto> options;
    }

    static final class OptionDto extends Located {
        String text;
        Boolean correct;
        String explanation;
    }

    static final class ExerciseDto extends Located {
        String id;
        String title;
        String dataset;
        String kind;
        String prompt;
        String solution;
        String timeLimit;
        List<String> hints;
        Boolean orderMatters;
        Boolean compareColumnNames;
        List<String> tables;
        PlanDto plan;
        List<HiddenDatasetDto> hiddenDatasets;
        String explanation;
    }

    static final class PlanDto extends Located {
        List<LineText> require;
        List<LineText> forbid;
    }

    static final class HiddenDatasetDto extends Located {
        String name;
        String sql;
    }
}
