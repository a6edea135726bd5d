package org.pgdrill.practice.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetaCommandTest {

    @Test
    void describeWithAPattern() {
        MetaCommand command = MetaCommand.parse("\\d shop.orders");
        assertThat(command.kind()).isEqualTo(MetaCommand.Kind.DESCRIBE);
        assertThat(command.pattern()).contains("shop.orders");
        assertThat(command.verbose()).isFalse();
        assertThat(command.includeSystem()).isFalse();
    }

    @Test
    void plainBackslashDListsTheUsualRelations() {
        MetaCommand command = MetaCommand.parse("  \\d  ");
        assertThat(command.kind()).isEqualTo(MetaCommand.Kind.LIST_RELATIONS);
        assertThat(command.relationKinds()).containsExactlyInAnyOrder(RelationKind.TABLE, RelationKind.VIEW,
                RelationKind.MATERIALIZED_VIEW, RelationKind.SEQUENCE, RelationKind.FOREIGN_TABLE);
        assertThat(command.pattern()).isEmpty();
    }

    @Test
    void lettersChooseKindsAndSAndPlusMayComeInAnyOrder() {
        MetaCommand command = MetaCommand.parse("\\dtiS+ public.*");
        assertThat(command.kind()).isEqualTo(MetaCommand.Kind.LIST_RELATIONS);
        assertThat(command.relationKinds()).isEqualTo(EnumSet.of(RelationKind.TABLE, RelationKind.INDEX));
        assertThat(command.verbose()).isTrue();
        assertThat(command.includeSystem()).isTrue();
        assertThat(MetaCommand.parse("\\d+S orders").verbose()).isTrue();
        assertThat(MetaCommand.parse("\\dv").relationKinds()).containsExactly(RelationKind.VIEW);
        assertThat(MetaCommand.parse("\\dm").relationKinds()).containsExactly(RelationKind.MATERIALIZED_VIEW);
        assertThat(MetaCommand.parse("\\ds").relationKinds()).containsExactly(RelationKind.SEQUENCE);
    }

    @Test
    void schemasFunctionsAndHelp() {
        assertThat(MetaCommand.parse("\\dn+").kind()).isEqualTo(MetaCommand.Kind.LIST_SCHEMAS);
        assertThat(MetaCommand.parse("\\dfS array_*").kind()).isEqualTo(MetaCommand.Kind.LIST_FUNCTIONS);
        assertThat(MetaCommand.parse("\\dfS array_*").pattern()).contains("array_*");
        assertThat(MetaCommand.parse("\\?").kind()).isEqualTo(MetaCommand.Kind.HELP);
    }

    @Test
    void doubleQuotedPatternsKeepTheirQuotesAndSpaces() {
        assertThat(MetaCommand.parse("\\d \"My Table\"").pattern()).contains("\"My Table\"");
        assertThat(MetaCommand.parse("\\d\"Orders\"").pattern()).contains("\"Orders\"");
        assertThat(MetaCommand.parse("\\d \"Shop\".\"Big Orders\"").pattern()).isEqualTo(Optional.of("\"Shop\".\"Big Orders\""));
    }

    @Test
    void unsupportedCommandsAreRefusedWithWhatToDoInstead() {
        assertThatThrownBy(() -> MetaCommand.parse("\\copy orders TO 'x.csv'")).isInstanceOf(MetaCommandException.class)
                .hasMessage("\\copy is not available here; use SELECT in the sandbox to see rows, and INSERT to add them.");
        assertThatThrownBy(() -> MetaCommand.parse("\\x")).hasMessage("\\x is not available here. pgdrill understands \\d, \\dt, "
                + "\\di, \\dv, \\dm, \\ds, \\dn and \\df (add + for more detail, S for system objects); type \\? for the list.");
        assertThatThrownBy(() -> MetaCommand.parse("\\dT")).hasMessageStartingWith("\\dT is not available here.");
        assertThatThrownBy(() -> MetaCommand.parse("\\dfa")).hasMessageStartingWith("\\dfa is not available here.");
        assertThatThrownBy(() -> MetaCommand.parse("\\dtt")).hasMessageStartingWith("\\dtt is not available here.");
        assertThatThrownBy(() -> MetaCommand.parse("\\gexec"))
                .hasMessage("\\gexec is not available here: write the statements you want to run yourself.");
    }

    @Test
    void extraArgumentsAndOpenQuotesAreRefused() {
        assertThatThrownBy(() -> MetaCommand.parse("\\d orders members"))
                .hasMessage("\\d takes one name or pattern, but found more: members. Describe one pattern at a time.");
        assertThatThrownBy(() -> MetaCommand.parse("\\d \"orders"))
                .hasMessage("Unterminated quoted name after \\d: close it with \".");
    }
}
