package org.tongban.cases.actions;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /applications/{number}/actions}: {@code action} names the action and
 * selects its payload, which Bean Validation checks before anything is read (a field of another
 * action's payload is an unknown field). The actions the service takes itself — submission,
 * deemed acceptance, instant approval — have no request here.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "action")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Accept.Request.class, name = "ACCEPT"),
    @JsonSubTypes.Type(value = RefuseAcceptance.Request.class, name = "REFUSE_ACCEPTANCE"),
    @JsonSubTypes.Type(value = RequestSupplement.Request.class, name = "REQUEST_SUPPLEMENT"),
    @JsonSubTypes.Type(value = Supplement.Request.class, name = "SUPPLEMENT"),
    @JsonSubTypes.Type(value = SupplyOwed.Request.class, name = "SUPPLY_OWED"),
    @JsonSubTypes.Type(value = StartSpecialProcedure.Request.class, name = "START_SPECIAL_PROCEDURE"),
    @JsonSubTypes.Type(value = EndSpecialProcedure.Request.class, name = "END_SPECIAL_PROCEDURE"),
    @JsonSubTypes.Type(value = Extend.Request.class, name = "EXTEND"),
    @JsonSubTypes.Type(value = Advance.Request.class, name = "ADVANCE"),
    @JsonSubTypes.Type(value = Approve.Request.class, name = "APPROVE"),
    @JsonSubTypes.Type(value = Refuse.Request.class, name = "REFUSE"),
    @JsonSubTypes.Type(value = Deliver.Request.class, name = "DELIVER"),
    @JsonSubTypes.Type(value = Withdraw.Request.class, name = "WITHDRAW")
})
@Schema(
        name = "ActionRequest",
        description = "One action on an application; `action` selects the payload",
        oneOf = {
            Accept.Request.class,
            RefuseAcceptance.Request.class,
            RequestSupplement.Request.class,
            Supplement.Request.class,
            SupplyOwed.Request.class,
            StartSpecialProcedure.Request.class,
            EndSpecialProcedure.Request.class,
            Extend.Request.class,
            Advance.Request.class,
            Approve.Request.class,
            Refuse.Request.class,
            Deliver.Request.class,
            Withdraw.Request.class
        },
        discriminatorProperty = "action",
        discriminatorMapping = {
            @DiscriminatorMapping(value = "ACCEPT", schema = Accept.Request.class),
            @DiscriminatorMapping(value = "REFUSE_ACCEPTANCE", schema = RefuseAcceptance.Request.class),
            @DiscriminatorMapping(value = "REQUEST_SUPPLEMENT", schema = RequestSupplement.Request.class),
            @DiscriminatorMapping(value = "SUPPLEMENT", schema = Supplement.Request.class),
            @DiscriminatorMapping(value = "SUPPLY_OWED", schema = SupplyOwed.Request.class),
            @DiscriminatorMapping(value = "START_SPECIAL_PROCEDURE", schema = StartSpecialProcedure.Request.class),
            @DiscriminatorMapping(value = "END_SPECIAL_PROCEDURE", schema = EndSpecialProcedure.Request.class),
            @DiscriminatorMapping(value = "EXTEND", schema = Extend.Request.class),
            @DiscriminatorMapping(value = "ADVANCE", schema = Advance.Request.class),
            @DiscriminatorMapping(value = "APPROVE", schema = Approve.Request.class),
            @DiscriminatorMapping(value = "REFUSE", schema = Refuse.Request.class),
            @DiscriminatorMapping(value = "DELIVER", schema = Deliver.Request.class),
            @DiscriminatorMapping(value = "WITHDRAW", schema = Withdraw.Request.class)
        })
public sealed interface ActionRequest
        permits Accept.Request,
                RefuseAcceptance.Request,
                RequestSupplement.Request,
                Supplement.Request,
                SupplyOwed.Request,
                StartSpecialProcedure.Request,
                EndSpecialProcedure.Request,
                Extend.Request,
                Advance.Request,
                Approve.Request,
                Refuse.Request,
                Deliver.Request,
                Withdraw.Request {

    /** Said by whoever acts, kept in the case history. */
    String comment();
}
