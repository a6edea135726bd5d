package org.pgdrill.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplainScriptTest {

    @Test
    void explainsOnlyTheLastStatement() {
        assertThat(ExplainScript.explained("CREATE INDEX ON t (a);\nSELECT * FROM t WHERE a = 1;"))
                .isEqualTo("CREATE INDEX ON t (a);\nEXPLAIN (ANALYZE, BUFFERS) SELECT * FROM t WHERE a = 1;");
    }

    @Test
    void leavesAnExplainOrAMetaCommandOrNothingAlone() {
        assertThat(ExplainScript.explained("explain select 1")).isEqualTo("explain select 1");
        assertThat(ExplainScript.explained("\\d loans")).isEqualTo("\\d loans");
        assertThat(ExplainScript.explained("-- only a comment")).isEqualTo("-- only a comment");
    }
}
