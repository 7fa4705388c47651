package org.tongban.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tongban.outbox.WebhookAddressPolicy;

class MessagesTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** A literal that is a key: {@code namespace.rest}, lower-case and dashes, as the bundle's keys are. */
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    /** {@code message = "{key}"} on a constraint. */
    private static final Pattern CONSTRAINT_KEY = Pattern.compile("message = \"\\{([a-zA-Z0-9.-]+)}\"");

    private static final Pattern ROUTING_CODE = Pattern.compile("NoEligibleWindowException\\(\\s*\"([a-z-]+)\"");
    private static final Pattern CONSTRAINT = Pattern.compile(
            "@(NotNull|NotBlank|NotEmpty|Size|Min|Max|DecimalMin|DecimalMax|Pattern|AssertTrue|Positive|PositiveOrZero"
                    + "|Negative|Email|Past|Future|Digits)\\b");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void everyKeyExistsInChineseAndEnglishWithTheSamePlaceholders() {
        var zh = Messages.bundle(Messages.CHINESE);
        var en = Messages.bundle(Messages.ENGLISH);
        assertThat(new TreeSet<>(en.keySet())).isEqualTo(new TreeSet<>(zh.keySet()));
        for (String key : zh.keySet()) {
            assertThat(placeholders(en.getString(key))).as(key).isEqualTo(placeholders(zh.getString(key)));
            assertThat(zh.getString(key)).as(key).isNotBlank();
        }
    }

    @Test
    void everyKeyTheCodeUsesIsInTheBundle() throws IOException {
        Set<String> namespaces = new HashSet<>();
        Messages.bundle(Messages.CHINESE).keySet().forEach(key -> namespaces.add(key.substring(0, key.indexOf('.'))));
        Set<String> used = new TreeSet<>();
        String code = sources();
        Matcher literal = LITERAL.matcher(code);
        while (literal.find()) {
            String key = literal.group(1);
            if (namespaces.contains(key.substring(0, key.indexOf('.')))) {
                used.add(key);
            }
        }
        CONSTRAINT_KEY.matcher(code).results().forEach(m -> used.add(m.group(1)));
        CONSTRAINT.matcher(code).results().forEach(m -> used.add("constraint." + m.group(1)));
        ROUTING_CODE.matcher(code).results().forEach(m -> used.add("routing." + m.group(1)));
        for (var refusal : WebhookAddressPolicy.Refusal.values()) {
            used.add("webhooks." + refusal.code());
        }
        ProblemResponsesFilter.STANDARD_RESPONSES.keySet().forEach(status -> used.add("status." + status));
        assertThat(used).hasSizeGreaterThan(200);
        assertThat(Messages.bundle(Messages.ENGLISH).keySet()).containsAll(used);
        assertThat(Messages.bundle(Messages.CHINESE).keySet()).containsAll(used);
    }

    @Test
    void textsAreFilledInTheLanguageAsked() {
        assertThat(Messages.text(Messages.ENGLISH, "not-found.application", "350205-20260302-000001"))
                .isEqualTo("Application 350205-20260302-000001 was not found");
        assertThat(Messages.text(Messages.CHINESE, "not-found.application", "350205-20260302-000001"))
                .isEqualTo("未找到办件 350205-20260302-000001");
        // Numbers as sent (no 2,026), a doubled apostrophe as one, a name in the reader's language.
        assertThat(Messages.text(Messages.ENGLISH, "calendars.outside-year", "2027-01-01", 2026))
                .isEqualTo("2027-01-01 is not in 2026");
        assertThat(Messages.text(Messages.ENGLISH, "supplement.not-a-form-field", "colour"))
                .isEqualTo("colour is not a field of this item's form");
        var name = new LocalizedText("营业执照", "business licence");
        assertThat(Messages.text(Messages.CHINESE, "materials.electronic-only", name))
                .isEqualTo("营业执照 只接受电子形式");
        assertThat(Messages.text(Messages.ENGLISH, "materials.electronic-only", name))
                .isEqualTo("business licence is accepted in electronic form only");
    }

    @Test
    void theSchemaValidatorSpeaksBothLanguages() {
        var message = Message.of(Messages.SCHEMA_VALIDATOR + "minimum", "1");
        assertThat(Messages.text(Messages.ENGLISH, message)).contains("minimum value of 1");
        assertThat(Messages.text(Messages.CHINESE, message)).contains("1").doesNotContain("minimum");
    }

    @Test
    void englishOnlyWhenPreferredOverChinese() {
        assertThat(Messages.preferred((String) null)).isEqualTo(Messages.CHINESE);
        assertThat(Messages.preferred("")).isEqualTo(Messages.CHINESE);
        assertThat(Messages.preferred("en")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.preferred("en-GB,en;q=0.8")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.preferred("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Messages.CHINESE);
        assertThat(Messages.preferred("zh;q=0.5, en;q=0.9")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.preferred("de, en;q=0.5")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.preferred("de, fr")).isEqualTo(Messages.CHINESE);
        assertThat(Messages.preferred("en;q=0, zh")).isEqualTo(Messages.CHINESE);
        assertThat(Messages.preferred("*")).isEqualTo(Messages.CHINESE);
        assertThat(Messages.preferred("not a ;;; header")).isEqualTo(Messages.CHINESE);
        assertThat(Messages.tag(Messages.preferred("en-US"))).isEqualTo("en");
        assertThat(Messages.tag(Messages.preferred("zh-TW"))).isEqualTo("zh-CN");
        assertThat(Messages.ofTag("en")).isEqualTo(Locale.ENGLISH);
    }

    /** The argument indexes a pattern uses (it must parse as a MessageFormat). */
    private static Set<String> placeholders(String pattern) {
        new MessageFormat(pattern);
        Set<String> used = new TreeSet<>();
        PLACEHOLDER.matcher(pattern.replace("''", "")).results().forEach(m -> used.add(m.group(1)));
        return used;
    }

    private static String sources() throws IOException {
        var all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }
}
