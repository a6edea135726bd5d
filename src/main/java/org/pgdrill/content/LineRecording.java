package org.pgdrill.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Records, for every {@link Located} DTO, the line it starts on and the line of each of its keys.
 * Registered as a Jackson module by {@link YamlFiles}.
 */
final class LineRecording extends BeanDeserializerModifier {

    @Override
    public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                                                 BeanDeserializerBuilder builder) {
        if (Located.class.isAssignableFrom(description.getBeanClass())) {
            List<SettableBeanProperty> properties = new ArrayList<>();
            for (Iterator<SettableBeanProperty> it = builder.getProperties(); it.hasNext(); ) {
                properties.add(it.next());
            }
            for (SettableBeanProperty property : properties) {
                builder.addOrReplaceProperty(new KeyLineProperty(property), true);
            }
        }
        return builder;
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                  JsonDeserializer<?> deserializer) {
        return Located.class.isAssignableFrom(description.getBeanClass()) ? new StartLineDeserializer(deserializer) : deserializer;
    }

    /** Notes the item's first line before the bean deserializer reads it. */
    private static final class StartLineDeserializer extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        StartLineDeserializer(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new StartLineDeserializer(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            int line = LineTrackingParser.lineOf(parser);
            Object value = super.deserialize(parser, context);
            if (value instanceof Located located) {
                located.line = line;
            }
            return value;
        }
    }

    /** Notes the line of the key before binding its value. */
    private static final class KeyLineProperty extends SettableBeanProperty.Delegating {
        private static final long serialVersionUID = 1L;

        KeyLineProperty(SettableBeanProperty delegate) {
            super(delegate);
        }

        @Override
        protected SettableBeanProperty withDelegate(SettableBeanProperty delegate) {
            return new KeyLineProperty(delegate);
        }

        @Override
        public void deserializeAndSet(JsonParser parser, DeserializationContext context, Object instance) throws IOException {
            record(parser, instance);
            super.deserializeAndSet(parser, context, instance);
        }

        @Override
        public Object deserializeSetAndReturn(JsonParser parser, DeserializationContext context, Object instance) throws IOException {
            record(parser, instance);
            return super.deserializeSetAndReturn(parser, context, instance);
        }

        private void record(JsonParser parser, Object instance) {
            if (instance instanceof Located located) {
                located.recordKey(getName(), LineTrackingParser.keyLine(parser));
            }
        }
    }
}
