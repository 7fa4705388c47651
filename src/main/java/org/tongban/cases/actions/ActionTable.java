package org.tongban.cases.actions;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.cases.ApplicationState;

/**
 * Every action on a case, one definition each (one file each in this package): the table DIGIT's
 * workflow keeps as rows, here typed. {@link ActionService} looks actions up here and nowhere else.
 */
public final class ActionTable {

    public static final Submit SUBMIT = new Submit();
    public static final Accept ACCEPT = new Accept();
    public static final DeemAccepted DEEM_ACCEPTED = new DeemAccepted();
    public static final RefuseAcceptance REFUSE_ACCEPTANCE = new RefuseAcceptance();
    public static final RequestSupplement REQUEST_SUPPLEMENT = new RequestSupplement();
    public static final Supplement SUPPLEMENT = new Supplement();
    public static final SupplyOwed SUPPLY_OWED = new SupplyOwed();
    public static final StartSpecialProcedure START_SPECIAL_PROCEDURE = new StartSpecialProcedure();
    public static final EndSpecialProcedure END_SPECIAL_PROCEDURE = new EndSpecialProcedure();
    public static final Extend EXTEND = new Extend();
    public static final Advance ADVANCE = new Advance();
    public static final Approve APPROVE = new Approve();
    public static final Refuse REFUSE = new Refuse();
    public static final InstantApprove INSTANT_APPROVE = new InstantApprove();
    public static final Deliver DELIVER = new Deliver();
    public static final Withdraw WITHDRAW = new Withdraw();

    private static final List<CaseAction<?, ?>> ALL = List.of(
            SUBMIT,
            ACCEPT,
            DEEM_ACCEPTED,
            REFUSE_ACCEPTANCE,
            REQUEST_SUPPLEMENT,
            SUPPLEMENT,
            SUPPLY_OWED,
            START_SPECIAL_PROCEDURE,
            END_SPECIAL_PROCEDURE,
            EXTEND,
            ADVANCE,
            APPROVE,
            REFUSE,
            INSTANT_APPROVE,
            DELIVER,
            WITHDRAW);

    private static final Map<Action, CaseAction<?, ?>> BY_ACTION = new EnumMap<>(Action.class);

    static {
        ALL.forEach(definition -> BY_ACTION.put(definition.action(), definition));
    }

    /** The request body of each action people take, as {@link ActionRequest} names it. */
    private static final Map<Action, Class<?>> REQUESTS = new EnumMap<>(Action.class);

    static {
        for (JsonSubTypes.Type type :
                ActionRequest.class.getAnnotation(JsonSubTypes.class).value()) {
            REQUESTS.put(Action.valueOf(type.name()), type.value());
        }
    }

    private ActionTable() {}

    /** The request an action is taken with through the API; empty for the service's own actions. */
    static Optional<Class<?>> requestOf(Action action) {
        return Optional.ofNullable(REQUESTS.get(action));
    }

    public static List<CaseAction<?, ?>> all() {
        return ALL;
    }

    public static CaseAction<?, ?> of(Action action) {
        return BY_ACTION.get(action);
    }

    /** The definition a request body selects. */
    @SuppressWarnings("unchecked")
    static <P extends ActionRequest> CaseAction<P, ?> of(P request) {
        return (CaseAction<P, ?>)
                switch (request) {
                    case Accept.Request r -> ACCEPT;
                    case RefuseAcceptance.Request r -> REFUSE_ACCEPTANCE;
                    case RequestSupplement.Request r -> REQUEST_SUPPLEMENT;
                    case Supplement.Request r -> SUPPLEMENT;
                    case SupplyOwed.Request r -> SUPPLY_OWED;
                    case StartSpecialProcedure.Request r -> START_SPECIAL_PROCEDURE;
                    case EndSpecialProcedure.Request r -> END_SPECIAL_PROCEDURE;
                    case Extend.Request r -> EXTEND;
                    case Advance.Request r -> ADVANCE;
                    case Approve.Request r -> APPROVE;
                    case Refuse.Request r -> REFUSE;
                    case Deliver.Request r -> DELIVER;
                    case Withdraw.Request r -> WITHDRAW;
                };
    }

    /** The actions possible in a state, for telling a client what it could do instead. */
    public static List<Action> allowedIn(ApplicationState state) {
        return ALL.stream()
                .filter(definition -> definition.from().contains(state))
                .map(CaseAction::action)
                .toList();
    }
}
