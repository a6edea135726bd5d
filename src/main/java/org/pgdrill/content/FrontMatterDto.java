package org.pgdrill.content;

/** The YAML front matter of {@code lesson.md} as written. */
final class FrontMatterDto extends Located {
    String id;
    String title;
    String level;
    String mode;
    Integer version;
    String lastReviewed;
    String summary;
}
