package com.hindsight.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SnowflakeTest {
    @Test
    void readsTheCreationTimeOfASnowflakeId() {
        // (629503919098429440 >> 22) ms after 2010-11-04T01:42:54.657Z, worked out with Python
        assertThat(Snowflake.time("629503919098429440"))
                .contains(Instant.parse("2015-08-07T04:06:44.587Z"));
    }

    @Test
    void knowsNoTimeForOldSequentialIdsOrNonNumbers() {
        assertThat(Snowflake.time("20")).isEmpty(); // Jack Dorsey's first tweet, 2006
        assertThat(Snowflake.time("29000000000")).isEmpty();
        assertThat(Snowflake.time("abc")).isEmpty();
        assertThat(Snowflake.time("-5")).isEmpty();
    }
}
