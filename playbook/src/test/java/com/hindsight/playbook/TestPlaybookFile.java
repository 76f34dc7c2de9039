package com.hindsight.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hindsight.core.UserErrorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestPlaybookFile {
    @TempDir
    Path folder;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void readsAYamlPlaybookWithACategoryVariant() throws IOException {
        Path file = write("bank.yaml", """
                name: bank-2025
                steps:
                  - {action: detected, role: monitoring, from: first_mention, target_hours: 1}
                  - action: statement
                    role: pr
                    from: first_mention
                    target_hours: 4
                  - {action: fixed, role: tech, from: detected, target_hours: 72, required: false}
                categories:
                  data_leak:
                    - {action: statement, target_hours: 2}
                    - {action: regulator_informed, role: legal, from: detected, target_hours: 4}
                """);

        Playbook playbook = PlaybookFile.load(file);

        assertThat(playbook.name()).isEqualTo("bank-2025");
        assertThat(playbook.stepsFor("system_failure")).containsExactly(
                new PlaybookStep("detected", "monitoring", Reference.FIRST_MENTION, 1, true),
                new PlaybookStep("statement", "pr", Reference.FIRST_MENTION, 4, true),
                new PlaybookStep("fixed", "tech", Reference.DETECTED, 72, false));
        assertThat(playbook.stepsFor("data_leak")).containsExactly(
                new PlaybookStep("detected", "monitoring", Reference.FIRST_MENTION, 1, true),
                new PlaybookStep("statement", "pr", Reference.FIRST_MENTION, 2, true),
                new PlaybookStep("fixed", "tech", Reference.DETECTED, 72, false),
                new PlaybookStep("regulator_informed", "legal", Reference.DETECTED, 4, true));
    }

    @Test
    void readsTheSamePlaybookFromJson() throws IOException {
        Path file = write("bank.json", """
                {"name": "bank-2025", "steps": [
                  {"action": "statement", "role": "pr", "from": "first_mention", "target_hours": 4}]}
                """);

        assertThat(PlaybookFile.load(file).stepsFor(null)).containsExactly(
                new PlaybookStep("statement", "pr", Reference.FIRST_MENTION, 4, true));
    }

    @Test
    void listsEveryProblemWithTheFileTheStepAndWhatIsWrong() throws IOException {
        Path file = write("broken.yaml", """
                name: broken
                steps:
                  - {action: detected, role: monitoring, from: detected, target_hours: 1}
                  - {action: statment, role: pr, from: first_mention, target_hours: 4}
                  - {action: plan_activated, role: boss, from: detection, target_hours: -1}
                  - {action: fixed, role: tech, from: detected, target_hours: "three days", required: maybe}
                  - {action: plan_activated, role: management, from: detected}
                  - {action: closed, role: management, from: first_mention, target_hours: 336, owner: ceo}
                categories:
                  fraud:
                    - {action: fixed, target_hours: 24}
                  data_leak:
                    - {action: regulator_informed, target_hours: 4}
                """);

        assertThatThrownBy(() -> PlaybookFile.load(file))
                .isInstanceOf(UserErrorException.class)
                .hasMessageStartingWith("playbook file " + file + " has 13 problems:")
                .hasMessageContaining("\n  step 1 (detected): detection cannot be measured from"
                        + " itself; use from: first_mention")
                .hasMessageContaining("\n  step 2 (statment): action \"statment\" is not an action"
                        + " a playbook can expect (one of detected, alert, verified, escalated,"
                        + " plan_activated, statement, regulator_informed, root_cause_found, fixed,"
                        + " closed)")
                .hasMessageContaining("\n  step 3 (plan_activated): role \"boss\" is not a role")
                .hasMessageContaining("\n  step 3 (plan_activated): from \"detection\" is not a"
                        + " reference point (one of first_mention, detected)")
                .hasMessageContaining("\n  step 3 (plan_activated): target_hours must be a number"
                        + " of hours, 0 or more (got -1)")
                .hasMessageContaining("\n  step 4 (fixed): target_hours must be a number of hours,"
                        + " 0 or more (got \"three days\")")
                .hasMessageContaining("\n  step 4 (fixed): required must be true or false (got"
                        + " \"maybe\")")
                .hasMessageContaining("\n  step 5 (plan_activated): action plan_activated is"
                        + " already step 3")
                .hasMessageContaining("\n  step 5 (plan_activated): target_hours is missing")
                .hasMessageContaining("\n  step 6 (closed): unknown key \"owner\"")
                .hasMessageContaining("\n  categories.fraud: \"fraud\" is not a category")
                // the base steps have no regulator_informed: a new step needs every field
                .hasMessageContaining("\n  categories.data_leak step 1 (regulator_informed): role"
                        + " is missing");
    }

    @Test
    void aCategoryStepNotInTheBaseNeedsEveryField() throws IOException {
        Path file = write("partial.yaml", """
                name: partial
                steps:
                  - {action: statement, role: pr, from: first_mention, target_hours: 4}
                categories:
                  data_leak:
                    - {action: regulator_informed, target_hours: 4}
                """);

        assertThatThrownBy(() -> PlaybookFile.load(file))
                .isInstanceOf(UserErrorException.class)
                .hasMessageContaining("categories.data_leak step 1 (regulator_informed): role is"
                        + " missing")
                .hasMessageContaining("categories.data_leak step 1 (regulator_informed): from is"
                        + " missing");
    }

    @Test
    void oneProblemIsOneLine() throws IOException {
        Path file = write("one.yaml", "name: one\nsteps: []\n");

        assertThatThrownBy(() -> PlaybookFile.load(file))
                .isInstanceOf(UserErrorException.class)
                .hasMessage("playbook file " + file + ": steps is missing or empty: list the"
                        + " expected steps");
    }

    @Test
    void badSyntaxNamesTheLine() throws IOException {
        Path file = write("syntax.yaml", "name: x\nsteps:\n  - {action: detected, role: [\n");

        assertThatThrownBy(() -> PlaybookFile.load(file))
                .isInstanceOf(UserErrorException.class)
                .hasMessageStartingWith("playbook file " + file + " line ")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void aMissingFileOrAnotherExtensionIsAUserError() throws IOException {
        assertThatThrownBy(() -> PlaybookFile.load(folder.resolve("none.yaml")))
                .isInstanceOf(UserErrorException.class)
                .hasMessage("playbook file " + folder.resolve("none.yaml") + " does not exist");
        Path text = write("steps.txt", "name: x");
        assertThatThrownBy(() -> PlaybookFile.load(text))
                .isInstanceOf(UserErrorException.class)
                .hasMessageContaining("must end in .yaml, .yml or .json");
    }

    @Test
    void theDefaultPlaybookLoadsAndDiffersByCategory() {
        Playbook playbook = PlaybookFile.defaultPlaybook();

        assertThat(playbook.name()).isEqualTo("hindsight-default");
        assertThat(playbook.stepsFor("system_failure")).extracting(PlaybookStep::action)
                .containsExactly("detected", "alert", "verified", "escalated", "plan_activated",
                        "statement", "regulator_informed", "root_cause_found", "fixed", "closed");
        assertThat(step(playbook, "other", "statement"))
                .isEqualTo(new PlaybookStep("statement", "pr", Reference.FIRST_MENTION, 4, true));
        assertThat(step(playbook, "other", "plan_activated"))
                .isEqualTo(new PlaybookStep("plan_activated", "management", Reference.DETECTED, 1,
                        true));
        assertThat(step(playbook, "data_leak", "regulator_informed"))
                .isEqualTo(new PlaybookStep("regulator_informed", "legal", Reference.DETECTED, 4,
                        true));
        assertThat(step(playbook, "pricing_policy", "fixed").required()).isFalse();
    }

    private static PlaybookStep step(Playbook playbook, String category, String action) {
        return playbook.stepsFor(category).stream().filter(s -> s.action().equals(action))
                .findFirst().orElseThrow();
    }
}
