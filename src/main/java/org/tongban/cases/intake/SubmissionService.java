package org.tongban.cases.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tongban.cases.Application;
import org.tongban.cases.ApplicationView;
import org.tongban.cases.ApplicationViews;
import org.tongban.cases.UsedLicence;
import org.tongban.cases.actions.ActionService;
import org.tongban.cases.actions.ActionTable;
import org.tongban.cases.actions.InstantApprove;
import org.tongban.cases.actions.RefuseAcceptance;
import org.tongban.cases.actions.Submit;
import org.tongban.catalog.ApplicantFacts;
import org.tongban.catalog.ApplicationCheck;
import org.tongban.catalog.CatalogQueries;
import org.tongban.catalog.CompetentDistrictSource;
import org.tongban.catalog.Condition;
import org.tongban.catalog.ItemScope;
import org.tongban.catalog.ItemStandard;
import org.tongban.catalog.ItemVersion;
import org.tongban.catalog.OfferedMaterial;
import org.tongban.catalog.RuleFailure;
import org.tongban.catalog.ServiceItem;
import org.tongban.common.FieldError;
import org.tongban.common.JsonCodec;
import org.tongban.common.Message;
import org.tongban.common.Messages;
import org.tongban.common.ProblemException;
import org.tongban.common.RetryOnConflict;
import org.tongban.files.MaterialFiles;
import org.tongban.identity.Caller;
import org.tongban.identity.ResidentId;
import org.tongban.identity.UnifiedSocialCreditCode;
import org.tongban.licences.ElectronicLicences;
import org.tongban.network.NetworkQueries;
import org.tongban.network.ServicePointView;
import org.tongban.routing.RoutingDecision;
import org.tongban.routing.RoutingRequest;
import org.tongban.routing.RoutingService;

/**
 * Receiving applications: checked against the pinned item version all at once (一次性告知), routed,
 * numbered and stored in one transaction. On any problem nothing is stored and no number is used —
 * except that an applicant whose only problems are unmet acceptance conditions may choose to file it
 * anyway, and then receives a numbered, reasoned decision not to accept it (不予受理, Art. 32).
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
    CatalogQueries catalog;

    @Inject
    ApplicationNumbers numbers;

    @Inject
    ActionService actions;

    @Inject
    JsonCodec json;

    @Inject
    Clock clock;

    @Inject
    ApplicationViews views;

    @Inject
    Idempotency idempotency;

    @Inject
    RatingCodes ratingCodes;

    @Inject
    MaterialFiles files;

    @Inject
    ElectronicLicences library;

    /** Receives one application; the response is remembered under the caller's Idempotency-Key. */
    @RetryOnConflict
    @Transactional
    public Idempotency.StoredResponse submit(
            Caller caller, SubmitRequest request, String idempotencyKey, Locale language) {
        List<FieldError> problems = new ArrayList<>();
        Prepared prepared = prepare(caller, request, "", problems).orElseThrow(() -> rejected(problems, true));
        Application application = store(caller, prepared, route(prepared, request.preferredPoint()), null, language);
        ApplicationView view = views.of(application, caller);
        var remembered = idempotency.remember(
                caller.subject(),
                idempotencyKey,
                request,
                201,
                "/api/v1/applications/" + application.number,
                json.write(view));
        return ratingCodes
                .issueFor(application)
                .map(code -> remembered.withBody(json.write(view.withRatingCode(code))))
                .orElse(remembered);
    }

    /**
     * An application ready to be stored: it passed every check, or its only problems are the
     * {@code unmetConditions} the applicant chose to file despite.
     *
     * @param competentDistrict the district the item's standard makes competent, when known
     * @param materials those handed in, then those the e-licence library supplied (免提交)
     * @param licences the e-licences among them
     */
    record Prepared(
            SubmitRequest request,
            Intake intake,
            ServiceItem item,
            ItemVersion version,
            ApplicantFacts facts,
            String competentDistrict,
            ApplicationCheck.Result check,
            List<RuleFailure> unmetConditions,
            List<String> instantRules,
            List<OfferedMaterial> materials,
            List<UsedLicence> licences) {}

    /**
     * Checks one application; every problem is added to {@code problems} under {@code prefix}.
     * Returns empty when the request could not be checked far enough to be stored.
     */
    Optional<Prepared> prepare(Caller caller, SubmitRequest request, String prefix, List<FieldError> problems) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> found = new ArrayList<>();
        Optional<ServicePointView> receiving = caller.servicePoint().flatMap(network::point);
        Intake intake =
                Intake.of(caller, request, receiving.map(ServicePointView::type).orElse(null), found);
        if (intake.receivingWindow() != null && !windowAt(intake.receivingWindow(), intake.receivingPoint())) {
            found.add(new FieldError(
                    "receivingWindow",
                    "not-your-window",
                    "intake.not-your-window",
                    intake.receivingWindow(),
                    intake.receivingPoint()));
        }
        String residence =
                request.residence() == null ? null : request.residence().district();
        var licences = new MaterialLicences(library);
        String holder = intake.applicantId()
                .map(ResidentId::value)
                .or(() -> intake.organisation().map(UnifiedSocialCreditCode::value))
                .orElse(null);
        String register =
                request.residence() == null ? null : request.residence().licence();
        residenceProblem(residence)
                .or(() -> licences.residenceProblem(holder, residence, register))
                .ifPresent(found::add);
        found.addAll(files.problems(caller, request.materials()));
        if (request.preferredPoint() != null
                && network.point(request.preferredPoint()).isEmpty()) {
            found.add(new FieldError(
                    "preferredPoint",
                    "unknown-service-point",
                    "intake.unknown-service-point",
                    request.preferredPoint()));
        }
        ServiceItem item = catalog.itemOrNull(request.itemCode());
        Optional<ItemVersion> version = item == null ? Optional.empty() : catalog.inForceVersion(item.code, today);
        if (item == null) {
            found.add(new FieldError("itemCode", "unknown-item", "catalog.unknown", request.itemCode()));
        } else if (version.isEmpty()) {
            found.add(new FieldError(
                    "itemCode", "no-version-in-force", "catalog.no-version-in-force", request.itemCode(), today));
        }
        Prepared prepared = null;
        if (version.isPresent()) {
            ItemStandard standard = version.get().standard();
            if (!standard.channels().contains(request.channel())) {
                found.add(new FieldError(
                        "channel",
                        "channel-not-allowed",
                        "intake.channel-not-allowed",
                        item.code,
                        request.channel(),
                        standard.channels()));
            }
            serviceObjectProblem(item, intake).ifPresent(found::add);
            ApplicantFacts facts = intake.facts(residence, today);
            ApplicationCheck.Result result = check.check(standard, request.form(), facts, request.materials());
            found.addAll(result.problems());
            var fromLibrary = licences.resolve(holder, request.materials(), result.heldByGovernment(), today);
            found.addAll(fromLibrary.problems());
            String competent = competentDistrict(standard, request, receiving, found);
            boolean onlyConditions = !result.unmetConditions().isEmpty()
                    && found.size() == result.unmetConditions().size();
            List<RuleFailure> unmet = List.of();
            if (onlyConditions && request.filesDespiteUnmetConditions()) {
                unmet = result.unmetConditions();
                found.clear();
            }
            List<String> instant = !unmet.isEmpty()
                    ? List.of()
                    : check.instantApproval(standard, request.form(), facts).approvedBy().stream()
                            .map(Condition::rule)
                            .toList();
            List<OfferedMaterial> materials = new ArrayList<>(request.materials());
            materials.addAll(fromLibrary.supplied());
            prepared = new Prepared(
                    request,
                    intake,
                    item,
                    version.get(),
                    facts,
                    competent,
                    result,
                    unmet,
                    instant,
                    materials,
                    fromLibrary.used());
        }
        found.forEach(p -> problems.add(new FieldError(prefix + p.field(), p.code(), p.message())));
        return found.isEmpty() ? Optional.ofNullable(prepared) : Optional.empty();
    }

    /**
     * The declared residence must be a district of the city (and then agree with the household
     * register named with it: {@link MaterialLicences#residenceProblem}).
     */
    private Optional<FieldError> residenceProblem(String district) {
        return district == null || network.districtExists(district)
                ? Optional.empty()
                : Optional.of(
                        new FieldError("residence.district", "unknown-district", "intake.unknown-district", district));
    }

    /** Items say whom they serve (GB/T 39046 A.4): a person applies for a natural persons' item, an organisation for its kind's. */
    private static Optional<FieldError> serviceObjectProblem(ServiceItem item, Intake intake) {
        List<String> serves = item.header().serviceObjects();
        return intake.serviceObject()
                .filter(object -> !serves.contains(object))
                .map(object -> new FieldError(
                        "applicant.kind",
                        "not-a-service-object",
                        "intake.not-a-service-object",
                        item.code,
                        serves,
                        object));
    }

    /**
     * The district the item's standard makes competent: the declared residence, the project's site
     * or the receiving point's district. A district item cannot be placed without it.
     */
    private String competentDistrict(
            ItemStandard standard,
            SubmitRequest request,
            Optional<ServicePointView> receiving,
            List<FieldError> found) {
        String site = CompetentDistrictSource.SITE_FIELD;
        String district = switch (standard.competentDistrictFrom()) {
            case RESIDENCE ->
                request.residence() == null ? null : request.residence().district();
            case SITE ->
                request.form().path(site).isTextual()
                        ? request.form().path(site).asText()
                        : null;
            case RECEIVING_POINT -> receiving.map(ServicePointView::district).orElse(null);
        };
        boolean siteReported = found.stream().anyMatch(p -> p.field().equals("form." + site));
        if (standard.competentDistrictFrom() == CompetentDistrictSource.SITE
                && district != null
                && !siteReported
                && !network.districtExists(district)) {
            found.add(new FieldError("form." + site, "unknown-district", "intake.unknown-site-district", district));
        }
        if (standard.scope() == ItemScope.DISTRICT
                && district == null
                && standard.competentDistrictFrom() == CompetentDistrictSource.RESIDENCE) {
            found.add(
                    new FieldError("residence.district", "required", "intake.residence-required", request.itemCode()));
        }
        return district;
    }

    RoutingDecision route(Prepared prepared, String preferredPoint) {
        ItemStandard standard = prepared.version().standard();
        String district = prepared.competentDistrict();
        var item = new RoutingRequest.Item(
                prepared.item().code, prepared.item().category, standard.scope(), standard.handlingPointTypes());
        return routing.route(new RoutingRequest(
                item,
                LocalDate.now(clock),
                prepared.request().location(),
                district,
                district == null ? null : network.centroid(district).orElse(null),
                preferredPoint,
                prepared.intake().receivingPoint()));
    }

    /** Stores a checked and routed application with its first events. */
    @Transactional(Transactional.TxType.MANDATORY)
    Application store(
            Caller caller, Prepared prepared, RoutingDecision decision, String bundleReference, Locale language) {
        SubmitRequest request = prepared.request();
        Intake intake = prepared.intake();
        var a = new Application();
        a.number = numbers.next(decision.handlingDistrict(), LocalDate.now(clock));
        a.itemCode = prepared.item().code;
        a.itemVersionId = prepared.version().id;
        a.itemVersionNo = prepared.version().versionNo;
        a.department = prepared.item().department;
        a.channel = request.channel();
        a.applicantKind = intake.applicantKind();
        a.applicantName = intake.applicantName();
        a.applicantIdNumber = intake.applicantId().map(ResidentId::value).orElse(null);
        a.applicantCreditCode =
                intake.organisation().map(UnifiedSocialCreditCode::value).orElse(null);
        a.agentName = intake.agentName();
        a.agentIdNumber = intake.agentId().map(ResidentId::value).orElse(null);
        a.applicantDistrict = prepared.facts().district();
        a.residenceLicence =
                request.residence() == null ? null : request.residence().licence();
        a.competentDistrict = prepared.competentDistrict();
        a.contactPhone = request.contactPhone();
        a.smsPhoneConfirmed = caller.holdsPhone(request.contactPhone());
        a.language = Messages.tag(language);
        a.form = json.write(request.form());
        a.materials = json.write(prepared.materials());
        a.licences = json.write(prepared.licences());
        a.owedMaterials = json.write(prepared.check().owedMaterials());
        a.receivingPoint = intake.receivingPoint();
        a.receivingWindow = intake.receivingWindow();
        a.handlingPoint = decision.handlingPoint();
        a.handlingWindow = decision.handlingWindow();
        a.handlingDistrict = decision.handlingDistrict();
        a.delegationId = decision.delegation().id();
        a.holderDistrict = decision.holderDistrict();
        a.routing = json.write(decision);
        a.submittedBy = caller.username();
        a.submittedRole = intake.role();
        a.actingClient = caller.actingClient();
        a.bundleReference = bundleReference;
        actions.receive(caller, a, new Submit.Payload(decision.rule(), decision.forwarded()));
        files.attach(a.id, request.materials());
        if (!prepared.unmetConditions().isEmpty()) {
            actions.actAsSystem(
                    a,
                    ActionTable.REFUSE_ACCEPTANCE,
                    new RefuseAcceptance.OnFiling(prepared.unmetConditions(), prepared.version().versionNo),
                    "acceptance-conditions",
                    "filed despite unmet acceptance conditions: not accepted (不予受理)");
        } else if (InstantApprove.applies(
                prepared.instantRules(), prepared.check().owedMaterials())) {
            actions.actAsSystem(
                    a,
                    ActionTable.INSTANT_APPROVE,
                    new InstantApprove.Payload(prepared.instantRules()),
                    "instant-approval",
                    "approved automatically: every instant-approval rule held");
        }
        return a;
    }

    private boolean windowAt(String windowCode, String pointCode) {
        return pointCode != null
                && pointCode.equals(network.snapshot().windowPoints().get(windowCode));
    }

    /**
     * 422 with every problem. When unmet acceptance conditions are the only problems, the detail
     * says that the applicant may file it anyway (where the request allows that choice).
     */
    static ProblemException rejected(List<FieldError> problems, boolean mayFileDespiteConditions) {
        boolean onlyConditions = problems.stream().allMatch(p -> RuleFailure.NOT_MET.equals(p.code()));
        String key = onlyConditions && mayFileDespiteConditions ? "intake.rejected-may-file" : "intake.rejected";
        return ProblemException.unprocessable(Message.of(key, problems.size()), problems);
    }
}
