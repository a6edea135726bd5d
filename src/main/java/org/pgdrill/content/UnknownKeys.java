package org.pgdrill.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reports every unknown key (not just the first) with a suggestion, and skips its value so the rest of
 * the file is still checked. The file's item is then not used: the loader sees the reported problems.
 */
final class UnknownKeys extends DeserializationProblemHandler {

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser, JsonDeserializer<?> deserializer,
                                         Object beanOrClass, String key) throws IOException {
        Object sink = context.getAttribute(Problems.InFile.class);
        if (!(sink instanceof Problems.InFile problems)) {
            return false; // not reading a pack file: let Jackson fail as usual
        }
        List<String> known = new ArrayList<>();
        Collection<Object> names = deserializer.getKnownPropertyNames();
        if (names != null) {
            names.forEach(name -> known.add(String.valueOf(name)));
        }
        known.sort(null);
        problems.add(LineTrackingParser.keyLine(parser), "unknown key '" + key + "'" + Suggestions.hint(key, known));
        parser.skipChildren();
        return true;
    }
}
