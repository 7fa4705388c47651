package org.tongban.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.audit.Actor;
import org.tongban.calendar.Calendars;
import org.tongban.catalog.ApplicantFacts;
import org.tongban.catalog.ApplicationCheck;
import org.tongban.catalog.Condition;
import org.tongban.catalog.ItemStandard;
import org.tongban.catalog.ItemVersion;
import org.tongban.catalog.ServiceItem;
import org.tongban.common.Clocks;
import org.tongban.common.FieldError;
import org.tongban.common.JsonCodec;
import org.tongban.common.ProblemException;
import org.tongban.deadline.CaseClock;
import org.tongban.identity.Caller;
import org.tongban.identity.ResidentId;
import org.tongban.network.NetworkQueries;
import org.tongban.network.PointType;
import org.tongban.network.ServicePoint;
import org.tongban.network.ServiceWindow;
import org.tongban.routing.RoutingDecision;
import org.tongban.routing.RoutingRequest;
import org.tongban.routing.RoutingService;

/**
 * Receiving applications: checked against the pinned item version all at once (一次性告知), routed,
 * numbered and stored in one transaction. On any problem nothing is stored and no number is used.
 */
@ApplicationScoped
public class SubmissionService {

    @Inject
    ApplicationCheck check;

    @Inject
    RoutingService routing;

    @Inject
    NetworkQueries network;

    @Inject
    ApplicationNumbers numbers;

    @Inject
    CaseHistory history;

    @Inject
    JsonCodec json;

    @Inject
    Clock clock;

    @Inject
    Calendars calendars;

    @Inject
    ApplicationViews views;

    @Inject
    Idempotency idempotency;

    /** Receives one application; the response is remembered under the caller's Idempotency-Key. */
    @Transactional
    public Idempotency.StoredResponse submit(Caller caller, SubmitRequest request, String idempotencyKey) {
        List<FieldError> problems = new ArrayList<>();
        Prepared prepared = prepare(caller, request, "", problems).orElseThrow(() -> rejected(problems));
        Application application = store(caller, prepared, route(prepared, request.preferredPoint()), null);
        String body = json.write(views.of(application, caller));
        return idempotency.remember(
                caller.subject(), idempotencyKey, request, 201, "/api/v1/applications/" + application.number, body);
    }

    /** An application that passed every check, ready to be stored. */
    record Prepared(
            SubmitRequest request,
            Intake intake,
            ServiceItem item,
            ItemVersion version,
            ApplicantFacts facts,
            ApplicationCheck.Result check,
            List<String> instantRules) {}

    /**
     * Checks one application; every problem is added to {@code problems} under {@code prefix}.
     * Returns empty when the request could not be checked far enough to be stored.
     */
    Optional<Prepared> prepare(Caller caller, SubmitRequest request, String prefix, List<FieldError> problems) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> found = new ArrayList<>();
        PointType receivingType = caller.servicePoint()
                .map(code -> ServicePoint.<ServicePoint>findById(code))
                .map(point -> point.pointType)
                .orElse(null);
        Intake intake = Intake.of(caller, request, receivingType, found);
        if (intake.receivingWindow() != null && !windowAt(intake.receivingWindow(), intake.receivingPoint())) {
            found.add(new FieldError(
                    "receivingWindow",
                    "not-your-window",
                    intake.receivingWindow() + " is not a window of " + intake.receivingPoint()));
        }
        Optional<ResidentId> applicantId = ResidentId.parse(intake.applicantIdNumber());
        if (intake.applicantIdNumber() != null && applicantId.isEmpty()) {
            found.add(new FieldError(
                    "applicant.idNumber",
                    "invalid-id-number",
                    "not a valid 18-digit resident ID number (check digit, birth date)"));
        }
        if (request.district() != null && !network.districtExists(request.district())) {
            found.add(new FieldError(
                    "district", "unknown-district", request.district() + " is not a district of the city"));
        }
        if (request.preferredPoint() != null && ServicePoint.findById(request.preferredPoint()) == null) {
            found.add(new FieldError(
                    "preferredPoint", "unknown-service-point", request.preferredPoint() + " is not a service point"));
        }
        ServiceItem item = ServiceItem.findById(request.itemCode());
        Optional<ItemVersion> version = item == null ? Optional.empty() : ItemVersion.inForce(item.code, today);
        if (item == null) {
            found.add(new FieldError("itemCode", "unknown-item", request.itemCode() + " is not in the catalogue"));
        } else if (version.isEmpty()) {
            found.add(new FieldError(
                    "itemCode", "no-version-in-force", request.itemCode() + " has no version in force on " + today));
        }
        Prepared prepared = null;
        if (version.isPresent()) {
            ItemStandard standard = version.get().standard();
            if (!standard.channels().contains(request.channel())) {
                found.add(new FieldError(
                        "channel",
                        "channel-not-allowed",
                        item.code + " cannot be applied for on " + request.channel() + "; allowed: "
                                + standard.channels()));
            }
            ApplicantFacts facts = new ApplicantFacts(
                    applicantId
                            .map(id -> Period.between(id.birthDate(), today).getYears())
                            .orElse(null),
                    applicantDistrict(request, applicantId));
            ApplicationCheck.Result result = check.check(standard, request.form(), facts, request.materials());
            found.addAll(result.problems());
            List<String> instant = check.instantApproval(standard, request.form(), facts).approvedBy().stream()
                    .map(Condition::rule)
                    .toList();
            prepared = new Prepared(request, intake, item, version.get(), facts, result, instant);
        }
        found.forEach(p -> problems.add(new FieldError(prefix + p.field(), p.code(), p.message())));
        return found.isEmpty() ? Optional.ofNullable(prepared) : Optional.empty();
    }

    RoutingDecision route(Prepared prepared, String preferredPoint) {
        ItemStandard standard = prepared.version().standard();
        String district = prepared.facts().district();
        var item = new RoutingRequest.Item(
                prepared.item().code, prepared.item().category, standard.scope(), standard.handlingPointTypes());
        return routing.route(new RoutingRequest(
                item,
                prepared.request().location(),
                district,
                district == null ? null : network.centroid(district).orElse(null),
                preferredPoint,
                prepared.intake().receivingPoint()));
    }

    /** Stores a checked and routed application with its first events. */
    @Transactional(Transactional.TxType.MANDATORY)
    Application store(Caller caller, Prepared prepared, RoutingDecision decision, String bundleReference) {
        SubmitRequest request = prepared.request();
        Intake intake = prepared.intake();
        var a = new Application();
        a.receivedOn = LocalDate.now(clock);
        a.materialsReceivedOn = a.receivedOn;
        a.submittedAt = Clocks.utcNow(clock);
        a.number = numbers.next(decision.handlingDistrict(), a.receivedOn);
        a.itemCode = prepared.item().code;
        a.itemVersionId = prepared.version().id;
        a.itemVersionNo = prepared.version().versionNo;
        a.department = prepared.item().department;
        a.moveTo(ApplicationState.RECEIVED);
        a.channel = request.channel();
        a.applicantName = intake.applicantName();
        a.applicantIdNumber =
                ResidentId.parse(intake.applicantIdNumber()).orElseThrow().value();
        a.applicantDistrict = prepared.facts().district();
        a.contactPhone = request.contactPhone();
        a.smsPhoneConfirmed = caller.holdsPhone(request.contactPhone());
        a.form = json.write(request.form());
        a.materials = json.write(request.materials());
        a.owedMaterials = json.write(prepared.check().owedMaterials());
        a.receivingPoint = intake.receivingPoint();
        a.receivingWindow = intake.receivingWindow();
        a.handlingPoint = decision.handlingPoint();
        a.handlingWindow = decision.handlingWindow();
        a.handlingDistrict = decision.handlingDistrict();
        a.routing = json.write(decision);
        a.submittedBy = caller.username();
        a.submittedRole = intake.role();
        a.actingClient = caller.actingClient();
        a.bundleReference = bundleReference;
        WorkAssignment.update(a, new CaseClock(calendars.current()));
        a.persist();
        Actor actor = Actor.of(caller, intake.role());
        history.record(
                a,
                Action.SUBMIT.name(),
                null,
                ApplicationState.RECEIVED,
                actor,
                null,
                Map.of("routing", decision.rule(), "forwarded", decision.forwarded()));
        if (!prepared.instantRules().isEmpty()) {
            instantlyApprove(a, prepared.instantRules());
            WorkAssignment.update(a, new CaseClock(calendars.current()));
        }
        return a;
    }

    /** 秒批: every rule held, so the application is accepted and approved on the spot by the service. */
    private void instantlyApprove(Application a, List<String> rules) {
        a.acceptedOn = a.receivedOn;
        a.decidedAt = a.submittedAt;
        a.moveTo(ApplicationState.APPROVED);
        var decision = Map.of("outcome", "APPROVED", "instant", true, "rules", rules);
        a.decision = json.write(decision);
        history.record(
                a,
                Action.INSTANT_APPROVE.name(),
                ApplicationState.RECEIVED,
                ApplicationState.APPROVED,
                Actor.system("instant-approval"),
                "approved automatically: every instant-approval rule held",
                decision);
    }

    private String applicantDistrict(SubmitRequest request, Optional<ResidentId> id) {
        if (request.district() != null) {
            return request.district();
        }
        return id.map(ResidentId::divisionCode).filter(network::districtExists).orElse(null);
    }

    private static boolean windowAt(String windowCode, String pointCode) {
        ServiceWindow window = ServiceWindow.findById(windowCode);
        return window != null && window.servicePoint.code.equals(pointCode);
    }

    static ProblemException rejected(List<FieldError> problems) {
        return ProblemException.unprocessable(
                "The application cannot be received: " + problems.size() + " problem(s), all listed", problems);
    }
}
