package org.pgdrill.content;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Binds pack YAML to DTOs: strict (unknown and duplicate keys are problems), capped (nesting, aliases,
 * size), and every problem lands in the file's problem list with its line.
 */
final class YamlFiles {
    /** Deeper than any sensible pack (a lesson's parts are 4 levels deep); stops stack-exhausting input. */
    static final int MAX_NESTING = 40;
    /** Aliases are refused by {@link LineTrackingParser}; SnakeYAML's own cap stays as a second guard. */
    static final int MAX_ALIASES = 20;
    private static final int MAX_CODE_POINTS = (int) TextFiles.LESSON_FILE_LIMIT + 1024;

    private final ObjectMapper mapper;

    YamlFiles() {
        LoaderOptions loaderOptions = new LoaderOptions();
        loaderOptions.setNestingDepthLimit(MAX_NESTING);
        loaderOptions.setMaxAliasesForCollections(MAX_ALIASES);
        loaderOptions.setAllowRecursiveKeys(false);
        loaderOptions.setCodePointLimit(MAX_CODE_POINTS);
        loaderOptions.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(loaderOptions)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING + 10).build())
                .build();
        SimpleModule lines = new SimpleModule("pgdrill-lines");
        lines.setDeserializerModifier(new LineRecording());
        lines.addDeserializer(LineText.class, new LineText.Deserializer());
        mapper = YAMLMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT) // a lone "-" is an empty item, reported as such
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .visibility(PropertyAccessor.ALL, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                .addModule(lines)
                .addHandler(new UnknownKeys())
                .build();
    }

    /**
     * Binds {@code yaml} to {@code type}. Returns empty after reporting when the text cannot be bound;
     * an empty document gives a DTO with every key missing.
     */
    <T extends Located> Optional<T> read(String yaml, Class<T> type, Problems.InFile problems) {
        int before = problems.count();
        try (JsonParser parser = new LineTrackingParser(mapper.getFactory().createParser(yaml))) {
            try {
                if (parser.nextToken() == null) {
                    return Optional.of(newEmpty(type));
                }
                T value = mapper.readerFor(type).withAttribute(Problems.InFile.class, problems).readValue(parser);
                if (problems.count() > before) {
                    return Optional.empty(); // unknown keys: reported one by one, the item is not trusted
                }
                return Optional.of(value != null ? value : newEmpty(type));
            } catch (JsonProcessingException e) {
                // described while the parser is still open: the message names the token it stopped at
                YamlErrors.Described described = YamlErrors.describe(e);
                problems.add(described.line(), described.message());
                return Optional.empty();
            }
        } catch (IOException e) {
            problems.add(1, "cannot read the YAML (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    private static <T> T newEmpty(Class<T> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("DTO " + type.getName() + " needs a no-argument constructor", e);
        }
    }
}
