package com.hindsight.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestIncidentPlanner {

    @Test
    void incidentsOfTheLargestPlannedScaleHaveDistinctQueriesAndIds() {
        List<IncidentPlan> plans = IncidentPlanner.plan(new GeneratorConfig(1250, 42, false));
        assertThat(plans).hasSize(216);
        assertThat(plans.stream().map(IncidentPlan::query).distinct()).hasSize(216);
        assertThat(plans.stream().map(IncidentPlan::id).distinct()).hasSize(216);
        for (int i = 1; i < plans.size(); i++) {
            assertThat(plans.get(i).firstMention()).isGreaterThan(plans.get(i - 1).firstMention());
        }
        assertThat(plans.stream().filter(p -> !p.closed())).hasSize(1);
    }

    @Test
    void timelinesAreInTimeOrderAndEveryIncidentHasADetectionAndAFirstStatement() {
        for (IncidentPlan plan : IncidentPlanner.plan(new GeneratorConfig(100, 3, false))) {
            List<TimelineStep> steps = plan.timeline();
            assertThat(steps.get(0).action()).isEqualTo(IncidentPlanner.DETECTED);
            assertThat(steps.get(0).at()).isGreaterThan(plan.firstMention());
            for (int i = 1; i < steps.size(); i++) {
                assertThat(steps.get(i).at()).isGreaterThanOrEqualTo(steps.get(i - 1).at());
            }
            assertThat(steps).filteredOn(s -> s.action().equals(IncidentPlanner.STATEMENT))
                    .extracting(TimelineStep::at).contains(plan.firstStatement());
            long delay = plan.firstStatement() - plan.firstMention();
            assertThat(delay).isBetween(plan.goodResponse() ? 3600L : 12 * 3600L, plan.goodResponse() ? 3 * 3600L : 30 * 3600L);
        }
    }

    @Test
    void noTopicTermOrBankNameContainsAnotherOrAppearsInASharedTemplate() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Bank bank : Bank.ALL) {
            names.add(bank.zh());
            names.add(bank.en());
        }
        List<String> terms = new ArrayList<>();
        for (Category c : Category.values()) {
            c.topics().forEach(t -> terms.addAll(t.allTerms()));
        }
        assertThat(new HashSet<>(terms)).hasSameSizeAs(terms);
        List<String> phrases = new ArrayList<>(names);
        phrases.addAll(terms);
        for (String a : phrases) {
            for (String b : phrases) {
                if (a != b) {
                    assertThat(lower(a)).as("%s inside %s", b, a).doesNotContain(lower(b));
                }
            }
        }
        for (String template : templates()) {
            for (String phrase : phrases) {
                assertThat(lower(template)).as("template spells %s", phrase).doesNotContain(lower(phrase));
            }
        }
    }

    private static List<String> templates() throws IllegalAccessException {
        List<String> all = new ArrayList<>();
        for (Category c : Category.values()) {
            PostTemplates.Set set = PostTemplates.of(c);
            for (Language l : Language.values()) {
                for (Tone t : Tone.values()) {
                    all.addAll(set.of(l).of(t));
                }
            }
            all.addAll(ComplaintTemplates.problems(c));
        }
        for (Language l : Language.values()) {
            for (Tone t : Tone.values()) {
                all.addAll(Lexicon.replies(l, t));
            }
        }
        for (Tone t : Tone.values()) {
            all.addAll(Lexicon.officialReplies(t));
        }
        all.addAll(Lexicon.COMPLAINT_OPENINGS.values());
        for (Field f : Lexicon.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && List.class.isAssignableFrom(f.getType())) {
                f.setAccessible(true);
                for (Object o : (List<?>) f.get(null)) {
                    if (o instanceof String s) {
                        all.add(s);
                    }
                }
            } else if (Modifier.isStatic(f.getModifiers()) && Map.class.isAssignableFrom(f.getType())) {
                continue;
            }
        }
        assertThat(all).hasSizeGreaterThan(300);
        Set<String> distinct = new HashSet<>(all);
        return new ArrayList<>(distinct);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
