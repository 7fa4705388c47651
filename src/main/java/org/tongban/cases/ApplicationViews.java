package org.tongban.cases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tongban.calendar.Calendars;
import org.tongban.calendar.UnknownCalendarYearException;
import org.tongban.calendar.WorkCalendar;
import org.tongban.catalog.OfferedMaterial;
import org.tongban.common.JsonCodec;
import org.tongban.identity.Caller;
import org.tongban.identity.PhoneNumbers;
import org.tongban.identity.ResidentId;
import org.tongban.privacy.MaterialReferences;
import org.tongban.routing.RoutingDecision;
import org.tongban.routing.RoutingRule;

/** Turns an application into what one caller may see of it. */
@ApplicationScoped
public class ApplicationViews {

    private static final TypeReference<List<OfferedMaterial>> MATERIALS = new TypeReference<>() {};
    private static final TypeReference<List<String>> CODES = new TypeReference<>() {};
    private static final TypeReference<List<UsedLicence>> LICENCES = new TypeReference<>() {};

    /**
     * The part of the stored {@link RoutingDecision} a view shows. Reading only these fields skips
     * the candidates (every point considered, with its distances), which was most of the cost of
     * reading a case's routing for every row of a list.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RoutedAs(boolean forwarded, RoutingRule rule, String explanation) {}

    @Inject
    JsonCodec json;

    @Inject
    Clock clock;

    @Inject
    Calendars calendars;

    @Inject
    PersonalDeclarations declarations;

    public ApplicationView of(Application a, Caller caller) {
        return of(a, caller, a.promisedDue == null ? null : calendars.current());
    }

    /** Many at once, with one read of the calendar. */
    public List<ApplicationView> of(List<Application> applications, Caller caller) {
        WorkCalendar calendar = applications.stream().anyMatch(a -> a.promisedDue != null) ? calendars.current() : null;
        return applications.stream().map(a -> of(a, caller, calendar)).toList();
    }

    private ApplicationView of(Application a, Caller caller, WorkCalendar calendar) {
        boolean own = ApplicationAccess.isApplicant(caller, a);
        boolean agent = ApplicationAccess.isAgent(caller, a);
        RoutedAs routing = json.read(a.routing, RoutedAs.class);
        var form = json.tree(a.form);
        if (!own) {
            // Personal form fields and material references: masked for all but the applicant's side.
            form = declarations.of(a).fields().masked(form);
        }
        List<ApplicationView.HandedInMaterial> materials = materials(a, own);
        return new ApplicationView(
                a.number,
                a.state,
                new ApplicationView.Item(a.itemCode, a.itemVersionNo),
                a.channel,
                new ApplicationView.Applicant(
                        a.applicantKind,
                        a.applicantName,
                        own ? a.applicantIdNumber : ResidentId.mask(a.applicantIdNumber),
                        a.applicantCreditCode,
                        own ? a.contactPhone : PhoneNumbers.mask(a.contactPhone)),
                a.agentName == null
                        ? null
                        : new ApplicationView.Agent(
                                a.agentName, agent ? a.agentIdNumber : ResidentId.mask(a.agentIdNumber)),
                a.applicantDistrict,
                a.competentDistrict,
                a.receivingPoint == null ? null : new ApplicationView.Place(a.receivingPoint, a.receivingWindow, null),
                new ApplicationView.Place(a.handlingPoint, a.handlingWindow, a.handlingDistrict),
                routing.forwarded(),
                new ApplicationView.RoutingSummary(
                        routing.rule(),
                        a.delegationId,
                        a.holderDistrict,
                        own || declarations.of(a).exactPlace()
                                ? routing.explanation()
                                : RoutingDecision.coarseExplanation(routing.explanation())),
                form,
                materials,
                json.read(a.owedMaterials, CODES),
                a.bundleReference,
                a.actingClient,
                a.submittedAt,
                a.receivedOn,
                a.acceptedOn,
                a.decidedAt,
                a.completedAt,
                deadline(a, calendar),
                json.tree(a.decision),
                null,
                null);
    }

    private List<ApplicationView.HandedInMaterial> materials(Application a, boolean own) {
        Map<String, UsedLicence> licences = a.licences == null
                ? Map.of()
                : json.read(a.licences, LICENCES).stream()
                        .collect(Collectors.toMap(UsedLicence::material, Function.identity()));
        return json.read(a.materials, MATERIALS).stream()
                .map(m -> {
                    UsedLicence licence = Optional.ofNullable(licences.get(m.code()))
                            .filter(l -> l.isReferencedBy(m.reference()))
                            .orElse(null);
                    return own
                            ? new ApplicationView.HandedInMaterial(m.code(), m.reference(), licence)
                            : new ApplicationView.HandedInMaterial(
                                    m.code(),
                                    MaterialReferences.mask(m.reference()),
                                    licence == null ? null : licence.masked());
                })
                .toList();
    }

    private ApplicationView.Deadline deadline(Application a, WorkCalendar calendar) {
        if (a.promisedDue == null && a.warningClock == null) {
            return null;
        }
        Integer remaining = null;
        if (a.state.undecided() && a.promisedDue != null) {
            try {
                remaining = calendar.workingDaysBetween(LocalDate.now(clock), a.promisedDue);
            } catch (UnknownCalendarYearException e) {
                remaining = null; // the calendar for that year is not published yet: say nothing rather than guess
            }
        }
        return new ApplicationView.Deadline(
                a.promisedDue,
                a.statutoryDue,
                remaining,
                a.currentStep,
                a.stepDue,
                a.state == ApplicationState.SPECIAL_PROCEDURE,
                a.pausedWorkingDays,
                a.extensionDays,
                a.warning,
                a.warningClock,
                a.warningDue);
    }
}
