package org.pgdrill.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pgdrill.practice.check.Verdict;

/** The machine-readable verdict: {@code {"exercise": ID, "verdict": "correct"|"incorrect"|"error", "reason": TEXT}}. */
final class VerdictJson {
    private VerdictJson() {
    }

    static String word(Verdict verdict) {
        return switch (verdict.outcome()) {
            case CORRECT -> "correct";
            case INCORRECT -> "incorrect";
            case ERROR, INTERRUPTED -> "error";
        };
    }

    static Map<String, Object> of(String exercise, Verdict verdict) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("exercise", exercise);
        json.put("verdict", word(verdict));
        json.put("reason", verdict.outcome() == Verdict.Outcome.INTERRUPTED ? "interrupted: " + verdict.reason() : verdict.reason());
        if (!verdict.exposedBy().isEmpty()) {
            json.put("exposed_by", verdict.exposedBy());
        }
        json.put("millis", verdict.millis());
        return json;
    }

    static Map<String, Object> error(Object exercise, String reason) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("exercise", exercise);
        json.put("verdict", "error");
        json.put("reason", reason);
        return json;
    }
}
