package com.hindsight.jobs.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceFormatTest {
    @Test
    void decidesFormatByNameIncludingGzip() {
        assertThat(SourceFormat.of("a.jsonl")).contains(SourceFormat.JSON_LINES);
        assertThat(SourceFormat.of("a.NDJSON.gz")).contains(SourceFormat.JSON_LINES);
        assertThat(SourceFormat.of("INC-1.json")).contains(SourceFormat.JSON_DOCUMENT);
        assertThat(SourceFormat.of("a.csv.gz")).contains(SourceFormat.CSV);
        assertThat(SourceFormat.of("export.xlsx")).contains(SourceFormat.XLSX);
        assertThat(SourceFormat.of("notes.txt")).isEmpty();
        assertThat(SourceFormat.of("export.xlsx.gz")).isEmpty();
    }
}
