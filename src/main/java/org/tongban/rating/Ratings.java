package org.tongban.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tongban.application.Application;
import org.tongban.application.ApplicationAccess;
import org.tongban.application.ApplicationState;
import org.tongban.audit.Actor;
import org.tongban.audit.AuditLog;
import org.tongban.calendar.Calendars;
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

    public RatingView rate(Caller caller, String number, RatingRequest request) {
        Satisfaction satisfaction = request.resolvedSatisfaction();
        Application a = ownApplication(caller, number);
        if (a.state != ApplicationState.COMPLETED && a.state != ApplicationState.REFUSED) {
            throw ProblemException.conflict(
                    "not-finished", "A case is rated once it is completed or refused; it is " + a.state);
        }
        if (Rating.count("applicationId", a.id) > 0) {
            throw ProblemException.conflict("already-rated", "This case has been rated already: one rating per case");
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
        Actor actor = Actor.of(caller, Role.CITIZEN);
        audit.record(actor, "rating.submit", "application", a.number, a.handlingDistrict, null, rating.level);
        if (rating.isBad()) {
            open(rating, today, actor);
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
                .orElseThrow(() -> ProblemException.notFound("A rectification for " + number));
        if (r.status != RectificationStatus.REPLIED) {
            throw ProblemException.conflict(
                    "not-replied", "The rectification can be rated once the unit has replied; it is " + r.status);
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

    private void open(Rating rating, LocalDate today, Actor actor) {
        var r = new Rectification();
        r.ratingId = rating.id;
        r.applicationNumber = rating.applicationNumber;
        r.handlingPoint = rating.handlingPoint;
        r.handlingDistrict = rating.handlingDistrict;
        r.department = rating.department;
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
                .orElseThrow(() -> ProblemException.notFound("A rating of " + a.number));
    }

    /** Only the applicant rates: others who may see the case get 403, everyone else 404. */
    private static Application ownApplication(Caller caller, String number) {
        Application a = ApplicationAccess.visible(caller, number);
        if (!ApplicationAccess.isApplicant(caller, a)) {
            throw new ProblemException(403, "forbidden", "Forbidden", "Only the applicant rates a case", List.of());
        }
        return a;
    }
}
