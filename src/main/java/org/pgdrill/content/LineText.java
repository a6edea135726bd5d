package org.pgdrill.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/** A text list entry with the line it is on, for lists whose entries are checked one by one. */
record LineText(String text, int line) {

    static final class Deserializer extends StdScalarDeserializer<LineText> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(LineText.class);
        }

        @Override
        public LineText deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.currentToken().isScalarValue()) {
                return (LineText) context.handleUnexpectedToken(String.class, parser);
            }
            int line = LineTrackingParser.lineOf(parser);
            return new LineText(parser.currentToken() == JsonToken.VALUE_NULL ? null : parser.getText(), line);
        }
    }
}
