package org.tongban.cases.actions;

import static org.tongban.cases.ApplicationState.APPROVED;
import static org.tongban.cases.ApplicationState.RECEIVED;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tongban.cases.Application;
import org.tongban.cases.Counters;
import org.tongban.cases.notices.NoticeDue;
import org.tongban.common.Message;

/**
 * 秒批: an item whose standard has instant-approval rules is accepted and approved by the service
 * the moment it is received, when every rule holds — and nothing is owed: an application accepted
 * with materials to supply later (容缺后补) waits for a person's decision like any other.
 */
public final class InstantApprove extends CaseAction<InstantApprove.Payload, Decision> {

    /** The instant-approval rules that held. */
    public record Payload(List<String> rules) {}

    InstantApprove() {
        super(Action.INSTANT_APPROVE, Set.of(RECEIVED), Target.state(APPROVED), Set.of(Party.SYSTEM));
    }

    /** Whether an application is approved on submission: some rules exist, all held, nothing owed. */
    public static boolean applies(List<String> rulesThatHeld, List<String> owedMaterials) {
        return !rulesThatHeld.isEmpty() && owedMaterials.isEmpty();
    }

    @Override
    protected Decision change(Application a, Payload payload, CaseContext c) {
        if (!applies(payload.rules(), OwedMaterials.of(a, c.json()))) {
            throw new IllegalStateException(a.number + " owes materials or held no instant-approval rule");
        }
        a.acceptedOn = a.receivedOn;
        return Decision.grantedInstantly(c.today(), c.decidedBy(), payload.rules())
                .recordOn(a, c);
    }

    @Override
    protected Counters counters(Application a, CaseContext c) {
        return Counters.instantApproval();
    }

    @Override
    protected Optional<Message> sms(Application a, Decision notice) {
        return Optional.of(Texts.approved(a.number));
    }

    @Override
    protected Optional<NoticeDue> noticeDue(Application a, Decision decision, CaseContext c) {
        return decision.noticeDue();
    }
}
