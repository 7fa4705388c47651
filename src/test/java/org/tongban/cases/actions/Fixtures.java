package org.tongban.cases.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractThrowableAssert;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.tongban.calendar.HolidayArrangement;
import org.tongban.calendar.WorkCalendar;
import org.tongban.calendar.WorkCalendars;
import org.tongban.cases.Application;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.clock.CaseClock;
import org.tongban.catalog.AcceptanceRules;
import org.tongban.catalog.ApplicationCheck;
import org.tongban.catalog.FormSchema;
import org.tongban.catalog.ItemStandard;
import org.tongban.catalog.ServiceItemDefinition;
import org.tongban.common.JsonCodec;
import org.tongban.common.LocalizedText;
import org.tongban.common.ProblemException;

/**
 * What the actions' unit tests run on: the seeded calendars of 2025 and 2026, seeded item
 * versions, and cases in a given state — no server, no database.
 */
final class Fixtures {

    /** A plant rebuild's form, valid under its schema. */
    static final String PLANT_FORM = "{\"projectName\":\"海沧某工业厂房改扩建\",\"projectCode\":\"2025-350205-34-03-012345\","
            + "\"siteDistrict\":\"350205\",\"floorAreaSqm\":18000,\"plotRatio\":2.5}";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    static final JsonCodec CODEC = new JsonCodec(JSON);
    static final WorkCalendar CALENDAR = WorkCalendars.of(List.of(arrangement(2025), arrangement(2026)));
    static final ApplicationCheck CHECK = new ApplicationCheck(new FormSchema(), new AcceptanceRules());

    /** plan-industrial-plant-rebuild: promised 5, statutory 20; steps accept 1, review 3, decide 1; yellow at 2. */
    static final ItemStandard PLANT = standard("plan-industrial-plant-rebuild");
    /** gjj-withdraw-purchase: the deed-tax receipt may be supplied later (容缺后补). */
    static final ItemStandard PURCHASE = standard("gjj-withdraw-purchase");

    /** The body the cases are decided in the name of. */
    static final LocalizedText HOLDER = new LocalizedText("海沧区自然资源局", "Haicang Natural Resources Bureau");

    private Fixtures() {}

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static CaseContext on(String day, ItemStandard standard) {
        LocalDate today = d(day);
        return new CaseContext(
                today, today.atTime(LocalTime.of(2, 0)), new CaseClock(CALENDAR), standard, HOLDER, CODEC, CHECK);
    }

    /** A case received on {@code day}, as submission leaves it. */
    static Application received(String day) {
        var a = new Application();
        a.number = "350205-20260302-00001";
        a.state = ApplicationState.RECEIVED;
        a.receivedOn = d(day);
        a.materialsReceivedOn = d(day);
        a.submittedAt = d(day).atTime(1, 0);
        a.form = PLANT_FORM;
        a.materials = "[]";
        a.owedMaterials = "[]";
        return a;
    }

    /** A case accepted on {@code day} under {@code standard}, at the step after acceptance. */
    static Application accepted(String day, ItemStandard standard) {
        Application a = received(day);
        ActionTable.ACCEPT.change(a, new Accept.Request(null), on(day, standard));
        a.state = ApplicationState.ACCEPTED;
        return a;
    }

    /** The same case moved on to its last step on {@code day}. */
    static Application atLastStep(String acceptedOn, String day, ItemStandard standard) {
        Application a = accepted(acceptedOn, standard);
        ActionTable.ADVANCE.change(a, new Advance.Request(null), on(day, standard));
        a.state = ApplicationState.IN_REVIEW;
        return a;
    }

    static AbstractThrowableAssert<?, ? extends Throwable> refused(Runnable action, String code) {
        return assertThatThrownBy(action::run)
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e)
                                .toProblem(Locale.ENGLISH)
                                .type()
                                .toString())
                        .endsWith("/" + code));
    }

    private static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    /** The fields of a payload Bean Validation refuses, as the problem lists them. */
    static Set<String> invalidFields(Object payload) {
        return VALIDATOR.validate(payload).stream()
                .map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }

    /** A seeded version with one change made to its JSON form. */
    static ItemStandard with(ItemStandard standard, Consumer<ObjectNode> change) {
        ObjectNode json = YAML.valueToTree(standard);
        change.accept(json);
        return YAML.convertValue(json, ItemStandard.class);
    }

    private static HolidayArrangement arrangement(int year) {
        try {
            return JSON.readValue(Path.of("seeds", "calendar", year + ".json").toFile(), HolidayArrangement.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ItemStandard standard(String item) {
        try {
            var definition =
                    YAML.readValue(Path.of("seeds", "catalog", item + ".yaml").toFile(), ServiceItemDefinition.class);
            return definition.versions().get(definition.versions().size() - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
