package com.hindsight.jobs.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.hindsight.model.SourceTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawRecordsTest {

    private static SourceFile file(String name, long bytes) {
        return new SourceFile(SourceTable.REVIEWS, "file:/archive/" + name, name,
                SourceFormat.JSON_DOCUMENT, bytes);
    }

    private static List<List<String>> names(List<ArrayList<SourceFile>> tasks) {
        return tasks.stream().map(t -> t.stream().map(SourceFile::displayName).toList()).toList();
    }

    @Test
    void smallFilesShareATaskUntilItIsFull() {
        var tasks = RawRecords.packIntoTasks(List.of(file("a", 40), file("b", 40), file("c", 40),
                file("d", 10)), 100);
        assertThat(names(tasks)).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void aLargeFileIsATaskOfItsOwnAndKeepsTheOrder() {
        var tasks = RawRecords.packIntoTasks(List.of(file("a", 10), file("big", 500),
                file("b", 10), file("huge", 100)), 100);
        assertThat(names(tasks)).containsExactly(List.of("a"), List.of("big"), List.of("b"),
                List.of("huge"));
    }

    @Test
    void noFilesNoTasks() {
        assertThat(RawRecords.packIntoTasks(List.of(), 100)).isEmpty();
    }

    @Test
    void emptyFilesAreStillRead() {
        var tasks = RawRecords.packIntoTasks(List.of(file("a", 0), file("b", 0)), 100);
        assertThat(names(tasks)).containsExactly(List.of("a", "b"));
    }
}
