package org.tongban.rating;

import static org.tongban.rating.RectificationStatus.*;

import java.util.List;
import java.util.Optional;

/** The rectification's own small transition table: who does what, from which status. Pure. */
public final class RectificationSteps {

    public enum Step {
        CALLBACK,
        RECTIFY,
        REPLY,
        APPEAL,
        UPHOLD_APPEAL,
        REJECT_APPEAL
    }

    /** The unit that handled the case (its clerks and the department's reviewers), or a supervisor. */
    public enum Who {
        UNIT,
        SUPERVISOR
    }

    public record Row(RectificationStatus from, Step step, RectificationStatus to, Who who) {}

    private static final List<Row> TABLE = List.of(
            new Row(OPEN, Step.CALLBACK, CALLED_BACK, Who.UNIT),
            new Row(CALLED_BACK, Step.RECTIFY, RECTIFIED, Who.UNIT),
            new Row(RECTIFIED, Step.REPLY, REPLIED, Who.UNIT),
            new Row(OPEN, Step.APPEAL, APPEALED, Who.UNIT),
            new Row(CALLED_BACK, Step.APPEAL, APPEALED, Who.UNIT),
            new Row(APPEALED, Step.UPHOLD_APPEAL, DISMISSED, Who.SUPERVISOR),
            new Row(APPEALED, Step.REJECT_APPEAL, OPEN, Who.SUPERVISOR));

    private RectificationSteps() {}

    public static Optional<Row> find(RectificationStatus from, Step step) {
        return TABLE.stream().filter(r -> r.from() == from && r.step() == step).findFirst();
    }

    public static List<Step> allowedIn(RectificationStatus status) {
        return TABLE.stream().filter(r -> r.from() == status).map(Row::step).toList();
    }
}
