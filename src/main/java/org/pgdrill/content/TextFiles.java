package org.pgdrill.content;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a pack's text files: refuses oversized files before reading a byte of them, insists on UTF-8,
 * and accepts a byte-order mark and Windows (CRLF) line endings.
 */
final class TextFiles {
    /** track.yaml, lesson.md and parts.yaml: a long lesson is ~50 KB, so 1 MB leaves room and stops accidents. */
    static final long LESSON_FILE_LIMIT = 1L << 20;
    /** Dataset scripts build tables with generate_series; a few MB of INSERTs is already a lot for a lesson. */
    static final long DATASET_FILE_LIMIT = 16L << 20;

    private TextFiles() {
    }

    /**
     * The file's text with BOM removed and every line ending turned into {@code \n}, or empty after
     * reporting why it cannot be used.
     */
    static Optional<String> read(Path file, long limit, String advice, Problems problems) {
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                problems.add(file, 1, "this is not a regular file — replace it with a UTF-8 text file");
                return Optional.empty();
            }
            size = Files.size(file);
        } catch (IOException e) {
            problems.add(file, 1, "cannot read the file (" + e.getMessage() + ") — check that it exists and is readable");
            return Optional.empty();
        }
        if (size > limit) {
            problems.add(file, 1, "the file is " + megabytes(size) + ", more than the " + megabytes(limit) + " allowed — " + advice);
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(file, 1, "cannot read the file (" + e.getMessage() + ") — check that it is readable");
            return Optional.empty();
        }
        return decode(bytes, file, problems).map(TextFiles::normalize);
    }

    private static Optional<String> decode(byte[] bytes, Path file, Problems problems) {
        CharsetDecoder decoder = UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            problems.add(file, lineAt(bytes, offset), String.format(Locale.ROOT,
                    "the file is not UTF-8 (byte 0x%02X at offset %d) — save it as UTF-8 in your editor",
                    bytes[offset] & 0xFF, offset));
            return Optional.empty();
        }
        out.flip();
        return Optional.of(out.toString());
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    static String normalize(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.indexOf('\r') < 0 ? withoutBom : withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String megabytes(long bytes) {
        return bytes >= (1L << 20) ? String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20))
                : String.format(Locale.ROOT, "%d KB", Math.max(1, bytes >> 10));
    }
}
