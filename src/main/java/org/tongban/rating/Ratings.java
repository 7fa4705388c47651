package org.tongban.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tongban.audit.Actor;
import org.tongban.audit.AuditLog;
import org.tongban.calendar.Calendars;
import org.tongban.cases.Application;
import org.tongban.cases.ApplicationAccess;
import org.tongban.cases.actions.Decision;
import org.tongban.cases.intake.RatingCodes;
import org.tongban.common.Clocks;
import org.tongban.common.JsonCodec;
import org.tongban.common.ProblemException;
import org.tongban.identity.Caller;
import org.tongban.identity.Role;

/**
 * 好差评: the applicant rates a finished case once; a bad review opens a rectification at the unit
 * that handled it, due within the city's configured working days.
 */
@ApplicationScoped
@Transactional
public class Ratings {

    @ConfigProperty(name = "tongban.ratings.rectification-working-days", defaultValue = "5")
    int rectificationWorkingDays;

    @Inject
    AuditLog audit;

    @Inject
    Calendars calendars;

    @Inject
    JsonCodec json;

    @Inject
    Clock clock;

    @Inject
    RatingCodes ratingCodes;

    /** The applicant, logged in, rates their own case. */
    public RatingView rate(Caller caller, String number, RatingRequest request) {
        return rate(ownApplication(caller, number), request, Actor.of(caller, Role.CITIZEN));
    }

    /**
     * An applicant who applied at a window, kiosk or partner outlet rates with the one-time code on
     * their receipt. A wrong or spent code is as unknown as a wrong number (404).
     */
    public RatingView rateWithCode(String number, String code, RatingRequest request) {
        Application a = Application.byNumber(number)
                .filter(found -> ratingCodes.spend(found, code))
                .orElseThrow(() -> ProblemException.notFound("not-found.rating-code", number));
        return rate(a, request, new Actor("receipt-code:" + number, null, "applicant"));
    }

    private RatingView rate(Application a, RatingRequest request, Actor actor) {
        Satisfaction satisfaction = request.resolvedSatisfaction();
        if (!RatingRules.rateable(a.state, Decision.of(a, json))) {
            throw ProblemException.conflict("result-not-available", "ratings.result-not-available", a.state);
        }
        if (Rating.count("applicationId", a.id) > 0) {
            throw ProblemException.conflict("already-rated", "ratings.already-rated");
        }
        LocalDate today = LocalDate.now(clock);
        var rating = new Rating();
        rating.applicationId = a.id;
        rating.applicationNumber = a.number;
        rating.level = satisfaction.code();
        rating.channel = request.channel().name();
        rating.dimensions = request.dimensions() == null ? null : json.write(request.dimensions());
        rating.comment = request.comment();
        rating.ratedOn = today;
        rating.ratedAt = Clocks.utcNow(clock);
        rating.handlingPoint = a.handlingPoint;
        rating.handlingDistrict = a.handlingDistrict;
        rating.department = a.department;
        rating.persist();
        audit.record(actor, "rating.submit", "application", a.number, a.handlingDistrict, null, rating.level);
        if (rating.isBad()) {
            open(a, rating, today, actor);
        }
        return view(a, rating);
    }

    /** The citizen rates the unit's reply, which closes the rectification. */
    public RatingView rateRectification(Caller caller, String number, Satisfaction satisfaction) {
        int level = satisfaction.code();
        Application a = ownApplication(caller, number);
        Rating rating = ratingOf(a);
        Rectification r = Rectification.<Rectification>find("ratingId", rating.id)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("not-found.rectification-of", number));
        if (r.status != RectificationStatus.REPLIED) {
            throw ProblemException.conflict("not-replied", "ratings.rectification-not-replied", r.status);
        }
        r.applicantLevel = level;
        r.status = RectificationStatus.CLOSED;
        audit.record(
                Actor.of(caller, Role.CITIZEN),
                "rectification.rate",
                "rectification",
                String.valueOf(r.id),
                r.handlingDistrict,
                RectificationStatus.REPLIED,
                level);
        return view(a, rating);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RatingView rating(Caller caller, String number) {
        Application a = ApplicationAccess.visible(caller, number);
        return view(a, ratingOf(a));
    }

    /** A bad rating opens a rectification at the unit that handled the case and the body that decided it. */
    private void open(Application a, Rating rating, LocalDate today, Actor actor) {
        var r = new Rectification();
        r.ratingId = rating.id;
        r.applicationNumber = rating.applicationNumber;
        r.handlingPoint = rating.handlingPoint;
        r.handlingDistrict = rating.handlingDistrict;
        r.department = rating.department;
        r.holderDistrict = a.holderDistrict;
        r.status = RectificationStatus.OPEN;
        r.openedOn = today;
        r.deadline = calendars.current().addWorkingDays(today, rectificationWorkingDays);
        r.persist();
        audit.record(
                actor,
                "rectification.open",
                "rectification",
                rating.applicationNumber,
                r.handlingDistrict,
                null,
                r.deadline);
    }

    private RatingView view(Application a, Rating rating) {
        var rectification = Rectification.<Rectification>find("ratingId", rating.id)
                .firstResultOptional()
                .map(r -> RectificationView.of(r, LocalDate.now(clock)))
                .orElse(null);
        return new RatingView(
                a.number,
                rating.level,
                Satisfaction.ofCode(rating.level),
                rating.channel,
                json.tree(rating.dimensions),
                rating.comment,
                rating.ratedOn,
                rating.malicious,
                rectification);
    }

    private static Rating ratingOf(Application a) {
        return Rating.<Rating>find("applicationId", a.id)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("not-found.rating", a.number));
    }

    /** Only the applicant rates: others who may see the case get 403, everyone else 404. */
    private static Application ownApplication(Caller caller, String number) {
        Application a = ApplicationAccess.visible(caller, number);
        if (!ApplicationAccess.isApplicant(caller, a)) {
            throw ProblemException.forbidden("ratings.applicant-only");
        }
        return a;
    }
}
