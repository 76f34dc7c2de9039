package com.hindsight.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.hindsight.model.FieldSpec;
import com.hindsight.model.SourceTable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TestComplaints {
    private final List<ArchiveContents.Record> complaints = GeneratedArchives.bundled().contents().complaints();

    @Test
    void idNumbersCarryAValidCheckDigitAndBirthDate() {
        assertThat(People.idCheckCharacter("11010519491231002")).isEqualTo('X');
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 1_000; i++) {
            assertValidIdNumber(People.idNumber(random));
        }
        List<String> written = complaints.stream().map(r -> r.string(Fields.Complaints.ID_NUMBER))
                .filter(s -> s != null).toList();
        assertThat(written).hasSizeGreaterThan(complaints.size() / 2);
        written.forEach(TestComplaints::assertValidIdNumber);
    }

    private static void assertValidIdNumber(String id) {
        assertThat(id).matches("\\d{17}[\\dX]");
        assertThat(id.charAt(17)).as(id).isEqualTo(People.idCheckCharacter(id.substring(0, 17)));
        LocalDate birth = LocalDate.parse(id.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(birth).isBetween(LocalDate.of(1950, 1, 1), LocalDate.of(2004, 12, 31));
    }

    @Test
    void cardNumbersArePlausibleUnionPayNumbersAndPhonesAreMobileNumbers() {
        for (ArchiveContents.Record r : complaints) {
            String card = r.string(Fields.Complaints.CARD_NUMBER);
            if (card != null) {
                String digits = card.replace(" ", "");
                assertThat(digits).matches("62\\d{14}|62\\d{17}");
                assertThat(digits.charAt(digits.length() - 1)).isEqualTo(People.luhnDigit(digits.substring(0, digits.length() - 1)));
            }
            String phone = r.string(Fields.Complaints.PHONE);
            if (phone != null) {
                assertThat(phone).matches("1[3-9]\\d{9}");
            }
        }
        assertThat(complaints.stream().filter(r -> r.has(Fields.Complaints.CARD_NUMBER)
                && r.string(Fields.Complaints.CARD_NUMBER).contains(" "))).isNotEmpty();
    }

    @Test
    void aboutOneInFiveComplaintTextsHoldACardPhoneOrIdNumber() {
        Pattern pii = Pattern.compile("1[3-9]\\d{9}|62\\d{2}[ \\d]{12,}|\\d{17}[\\dX]");
        double share = complaints.stream().filter(r -> pii.matcher(r.string(Fields.Complaints.TEXT)).find()).count()
                / (double) complaints.size();
        assertThat(share).isBetween(0.15, 0.25);
        assertThat(complaints.stream().filter(r -> r.string(Fields.Complaints.TEXT).contains("\n"))).isNotEmpty();
    }

    @Test
    void unresolvedComplaintsAreOpenAndPendingAndOnlyCompensatedOnesCarryAnAmount() {
        long unresolved = 0;
        for (ArchiveContents.Record r : complaints) {
            String outcome = r.string(Fields.Complaints.OUTCOME).toLowerCase(Locale.ROOT);
            if (!r.has(Fields.Complaints.RESOLVED_AT)) {
                unresolved++;
                assertThat(r.string(Fields.Complaints.STATUS)).isEqualTo("open");
                assertThat(outcome).isEqualTo("pending");
            } else {
                assertThat(r.instant(Fields.Complaints.RESOLVED_AT)).isAfter(r.instant(Fields.Complaints.FIRST_RESPONSE_AT));
            }
            assertThat(r.instant(Fields.Complaints.FIRST_RESPONSE_AT)).isAfter(r.instant(Fields.Complaints.RECEIVED_AT));
            if (outcome.equals("compensated")) {
                assertThat(r.number(Fields.Complaints.COMPENSATION)).isBetween(50.0, 5000.0);
            } else {
                assertThat(r.has(Fields.Complaints.COMPENSATION)).isFalse();
            }
        }
        assertThat((double) unresolved / complaints.size()).isBetween(0.05, 0.11);
    }

    @Test
    void firstContactTakesAboutTwoHoursAtTheMedianWithALongTail() {
        List<Long> minutes = complaints.stream().map(r -> Duration.between(r.instant(Fields.Complaints.RECEIVED_AT),
                r.instant(Fields.Complaints.FIRST_RESPONSE_AT)).toMinutes()).sorted().toList();
        assertThat(minutes.get(minutes.size() / 2)).isBetween(60L, 180L);
        assertThat(minutes.get(minutes.size() * 99 / 100)).isGreaterThan(12 * 60L);
    }

    @Test
    void branchCounterComplaintsAreExactlyTheWorkbookRows() {
        for (ArchiveContents.Record r : complaints) {
            boolean branch = r.string(Fields.Complaints.CHANNEL).equalsIgnoreCase(ComplaintChannel.BRANCH.value());
            assertThat(r.file().endsWith(".xlsx")).as(r.string(Fields.Complaints.ID)).isEqualTo(branch);
        }
        assertThat(complaints.stream().filter(r -> r.file().endsWith(".xlsx"))).isNotEmpty();
    }

    @Test
    void everyComplaintHasTheRequiredFields() {
        for (ArchiveContents.Record r : complaints) {
            for (FieldSpec field : SourceTable.COMPLAINTS.requiredFields()) {
                assertThat(r.has(field.name())).as("%s has %s", r.string(Fields.Complaints.ID), field.name()).isTrue();
            }
        }
        double forwarded = complaints.stream().filter(r -> "true".equals(r.string(Fields.Complaints.REGULATOR_FORWARDED)))
                .count() / (double) complaints.size();
        assertThat(forwarded).isBetween(0.03, 0.08);
    }
}
