package org.pgdrill.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;

/**
 * Remembers the line of the last key read. By the time a property's value is bound the parser has moved
 * on to the value, which for a block list or mapping starts a line later; problems should point at the key.
 */
final class LineTrackingParser extends JsonParserDelegate {
    private int lastKeyLine = 1;

    LineTrackingParser(JsonParser delegate) {
        super(delegate);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = super.nextToken();
        if (token == JsonToken.FIELD_NAME) {
            lastKeyLine = lineOf(delegate);
        } else if (delegate instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson turns an alias of a list or mapping into the alias's name as text: refuse rather than misread
            throw new AliasNotAllowed(this);
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    /** The line of the key being read, when {@code parser} tracks keys; else the current token's line. */
    static int keyLine(JsonParser parser) {
        return parser instanceof LineTrackingParser tracking ? tracking.lastKeyLine : lineOf(parser);
    }

    static int lineOf(JsonParser parser) {
        return Math.max(1, parser.currentTokenLocation().getLineNr());
    }

    /** YAML aliases ({@code *name}) are refused: packs do not need them and they invite billion-laughs input. */
    static final class AliasNotAllowed extends JsonParseException {
        private static final long serialVersionUID = 1L;

        AliasNotAllowed(JsonParser parser) {
            super(parser, "alias");
        }
    }
}
