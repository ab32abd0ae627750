package org.frontdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The permission tables in docs/security.md and the README say what {@link Role} does; this keeps the two from drifting apart. */
class PermissionTableTest {

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"docs/security.md", "README.md"})
    void theDocumentedTableMatchesTheRoles(String document) throws IOException {
        var documented = parse(Files.readAllLines(Path.of(document)));

        var actual = new LinkedHashMap<String, Set<String>>();
        for (var role : Role.values()) {
            actual.put(role.name(), role.permissions().stream().map(Enum::name).collect(Collectors.toSet()));
        }
        assertThat(documented).isEqualTo(actual);
    }

    @Test
    void theTableHasAColumnForEveryPermission() throws IOException {
        var header = Files.readAllLines(Path.of("docs/security.md")).stream()
                .filter(line -> line.startsWith("| Role |")).findFirst().orElseThrow();
        assertThat(cells(header).subList(1, cells(header).size()))
                .containsExactlyElementsOf(Arrays.stream(Permission.values()).map(Enum::name).toList());
    }

    /** Proves the comparison can fail: a table that grants billing a write is told apart from the roles. */
    @Test
    void aWrongTableIsNoticed() {
        var wrong = parse(List.of("| Role | PATIENT_READ | PATIENT_WRITE |", "|---|---|---|",
                "| BILLING | yes | yes |"));
        assertThat(wrong.get("BILLING")).isNotEqualTo(Set.of(Permission.PATIENT_READ.name()));
    }

    private static Map<String, Set<String>> parse(List<String> lines) {
        var header = lines.stream().filter(line -> line.startsWith("| Role |")).findFirst()
                .orElseThrow(() -> new AssertionError("No permission table in docs/security.md"));
        var permissions = cells(header);
        var table = new LinkedHashMap<String, Set<String>>();
        var start = lines.indexOf(header) + 2; // skip the |---| row
        for (var line : lines.subList(start, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            var cells = cells(line);
            var granted = new java.util.HashSet<String>();
            for (int i = 1; i < cells.size(); i++) {
                assertThat(cells.get(i)).as("cell of " + cells.getFirst()).isIn("yes", "no");
                if (cells.get(i).equals("yes")) {
                    granted.add(permissions.get(i));
                }
            }
            table.put(cells.getFirst(), granted);
        }
        return table;
    }

    private static List<String> cells(String row) {
        return Arrays.stream(row.substring(1, row.length() - 1).split("\\|")).map(String::strip).toList();
    }
}
