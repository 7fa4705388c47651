package org.tongban.cases.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tongban.cases.Application;
import org.tongban.cases.ApplicationAccess;
import org.tongban.cases.ApplicationState;
import org.tongban.catalog.ItemStandard;
import org.tongban.catalog.ItemVersion;
import org.tongban.catalog.Material;
import org.tongban.catalog.OfferedMaterial;
import org.tongban.common.Clocks;
import org.tongban.common.FieldError;
import org.tongban.common.JsonCodec;
import org.tongban.common.ProblemException;
import org.tongban.common.RetryOnConflict;
import org.tongban.identity.Caller;
import org.tongban.identity.ResidentId;
import org.tongban.routing.RoutingDecision;

/**
 * One-thing bundles: every item is checked first and the bundle is refused as a whole if any item
 * fails (all problems listed, each under items[i]). Items are routed to one service point when one
 * handles all of them.
 */
@ApplicationScoped
public class BundleService {

    @Inject
    SubmissionService submissions;

    @Inject
    ApplicationNumbers numbers;

    @Inject
    Idempotency idempotency;

    @Inject
    RatingCodes ratingCodes;

    @Inject
    JsonCodec json;

    @Inject
    Clock clock;

    @RetryOnConflict
    @Transactional
    public Idempotency.StoredResponse submit(
            Caller caller, BundleRequest request, String idempotencyKey, Locale language) {
        List<FieldError> problems = new ArrayList<>();
        List<SubmissionService.Prepared> prepared = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < request.items().size(); i++) {
            BundleRequest.Part part = request.items().get(i);
            Optional<ItemStandard> standard =
                    ItemVersion.inForce(part.itemCode(), today).map(ItemVersion::standard);
            submissions
                    .prepare(caller, partRequest(request, part, standard), "items[" + i + "].", problems)
                    .ifPresent(prepared::add);
        }
        if (!problems.isEmpty()) {
            throw SubmissionService.rejected(problems, false);
        }
        List<RoutingDecision> decisions = route(prepared, request.preferredPoint());
        var bundle = new Bundle();
        bundle.reference = numbers.nextBundle(LocalDate.now(clock));
        Intake intake = prepared.get(0).intake();
        bundle.applicantIdentifier = intake.applicantId()
                .map(ResidentId::value)
                .orElseGet(() -> intake.organisation().orElseThrow().value());
        bundle.createdAt = Clocks.utcNow(clock);
        bundle.persist();
        List<Application> stored = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            stored.add(submissions.store(caller, prepared.get(i), decisions.get(i), bundle.reference, language));
        }
        var remembered = idempotency.remember(
                caller.subject(),
                idempotencyKey,
                request,
                201,
                "/api/v1/bundles/" + bundle.reference,
                json.write(view(bundle, stored, Map.of())));
        Map<String, String> codes = new HashMap<>();
        stored.forEach(a -> ratingCodes.issueFor(a).ifPresent(code -> codes.put(a.number, code)));
        return codes.isEmpty() ? remembered : remembered.withBody(json.write(view(bundle, stored, codes)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BundleView view(Caller caller, String reference) {
        Bundle bundle = Bundle.<Bundle>find("reference", reference)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("not-found.bundle", reference));
        // Visible through one member, a bundle shows only the members the caller may see (a clerk
        // of one point does not learn what else the applicant applied for elsewhere).
        List<Application> members =
                Application.<Application>list("bundleReference = ?1 ORDER BY id", reference).stream()
                        .filter(a -> ApplicationAccess.canSee(caller, a))
                        .toList();
        if (members.isEmpty()) {
            throw ProblemException.notFound("not-found.bundle", reference);
        }
        return view(bundle, members, Map.of());
    }

    /**
     * Each item routed on its own first; then, if some point is eligible for every item, all are
     * routed there as the preferred point, nearest such point first.
     */
    private List<RoutingDecision> route(List<SubmissionService.Prepared> prepared, String preferredPoint) {
        List<RoutingDecision> own =
                prepared.stream().map(p -> submissions.route(p, preferredPoint)).toList();
        Set<String> common = eligible(own.get(0));
        own.forEach(decision -> common.retainAll(eligible(decision)));
        if (common.isEmpty()
                || own.stream().map(RoutingDecision::handlingPoint).distinct().count() == 1) {
            return own;
        }
        String shared = own.get(0).candidates().stream()
                .filter(c -> common.contains(c.point()))
                .min(Comparator.comparing(
                        RoutingDecision.Candidate::distanceKm, Comparator.nullsLast(Comparator.naturalOrder())))
                .orElseThrow()
                .point();
        return prepared.stream().map(p -> submissions.route(p, shared)).toList();
    }

    private static Set<String> eligible(RoutingDecision decision) {
        return decision.candidates().stream()
                .filter(c -> c.excludedBecause() == null)
                .map(RoutingDecision.Candidate::point)
                .collect(Collectors.toCollection(HashSet::new));
    }

    /**
     * The request one item of the bundle would have made on its own: the shared form values its
     * form schema declares and the shared materials its list names, plus its own.
     */
    private static SubmitRequest partRequest(
            BundleRequest request, BundleRequest.Part part, Optional<ItemStandard> standard) {
        ObjectNode form = JsonNodeFactory.instance.objectNode();
        JsonNode declared = standard.map(s -> s.form().path("properties")).orElse(MissingNode.getInstance());
        if (request.sharedForm() != null) {
            request.sharedForm().properties().forEach(field -> {
                if (declared.has(field.getKey())) {
                    form.set(field.getKey(), field.getValue());
                }
            });
        }
        if (part.form() != null) {
            form.setAll(part.form());
        }
        Set<String> listed = standard.map(
                        s -> s.materials().stream().map(Material::code).collect(Collectors.toSet()))
                .orElse(Set.of());
        List<OfferedMaterial> materials = new ArrayList<>(part.materials() == null ? List.of() : part.materials());
        Set<String> own = materials.stream().map(OfferedMaterial::code).collect(Collectors.toSet());
        Optional.ofNullable(request.sharedMaterials()).orElse(List.of()).stream()
                .filter(m -> listed.contains(m.code()) && !own.contains(m.code()))
                .forEach(materials::add);
        return new SubmitRequest(
                part.itemCode(),
                request.channel(),
                form,
                materials,
                request.applicant(),
                request.agent(),
                request.residence(),
                request.location(),
                request.preferredPoint(),
                request.contactPhone(),
                request.receivingWindow(),
                null);
    }

    /** @param ratingCodes by application number, only in the response to the submission */
    private static BundleView view(Bundle bundle, List<Application> members, Map<String, String> ratingCodes) {
        Map<ApplicationState, Long> byState = new EnumMap<>(ApplicationState.class);
        members.forEach(a -> byState.merge(a.state, 1L, Long::sum));
        String status;
        if (byState.keySet().equals(Set.of(ApplicationState.RECEIVED))) {
            status = "RECEIVED";
        } else if (byState.keySet().equals(Set.of(ApplicationState.COMPLETED))) {
            status = "COMPLETED";
        } else if (members.stream().noneMatch(a -> a.state.undecided() || a.state == ApplicationState.APPROVED)) {
            status = "CLOSED";
        } else {
            status = "IN_PROGRESS";
        }
        return new BundleView(
                bundle.reference,
                bundle.createdAt,
                status,
                byState,
                members.stream().map(a -> a.handlingPoint).distinct().count() == 1,
                members.stream()
                        .map(a -> new BundleView.Member(
                                a.number, a.itemCode, a.state, a.handlingPoint, ratingCodes.get(a.number)))
                        .toList());
    }
}
