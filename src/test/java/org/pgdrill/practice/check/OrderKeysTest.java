package org.pgdrill.practice.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pgdrill.practice.ResultColumn;

class OrderKeysTest {
    private final List<ResultColumn> columns = List.of(new ResultColumn("surname", "varchar"), new ResultColumn("firstname", "varchar"),
            new ResultColumn("joindate", "timestamp"));

    @Test
    void mapsNamesPositionsAndQualifiedColumns() {
        assertThat(OrderKeys.resolve("select surname, firstname, joindate from cd.members order by m.joindate desc, 1", columns).columns())
                .containsExactly(2, 0);
        assertThat(OrderKeys.resolve("SELECT ... ORDER BY \"surname\" NULLS LAST LIMIT 10", columns))
                .isEqualTo(new OrderKeys.Resolved(List.of(0), true, true));
    }

    @Test
    void expressionsAndInnerOrderByAreNotKeys() {
        assertThat(OrderKeys.resolve("select * from t order by lower(surname)", columns).columns()).isEmpty();
        assertThat(OrderKeys.resolve("select * from (select * from t order by surname limit 3) s", columns))
                .isEqualTo(new OrderKeys.Resolved(List.of(), false, false));
        assertThat(OrderKeys.resolve("select surname from a union select surname from b order by surname", columns).columns())
                .containsExactly(0);
    }
}
