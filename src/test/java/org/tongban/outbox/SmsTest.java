package org.tongban.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.testing.Api;
import org.tongban.testing.RecordingNotificationSender;
import org.tongban.testing.TestIds;

/** Text messages go only to a phone the applicant's account holds, and only a few per application. */
@QuarkusTest
class SmsTest {

    @Inject
    Dispatcher dispatcher;

    @Inject
    DeliveryWorker worker;

    @Inject
    RecordingNotificationSender sms;

    @Inject
    EntityManager em;

    @BeforeEach
    void drainFirst() {
        drain();
    }

    @Test
    void anInstantApprovalTextsOnlyThePhoneTheCitizensAccountHolds() {
        String someoneElse = "13700001234";
        var body = Api.rentWithdrawal(1500); // approved on the spot
        body.put("contactPhone", someoneElse);
        String theirs = Api.submit("citizen-chen", body);
        String own = Api.submit("citizen-chen", Api.rentWithdrawal(1500));
        drain();
        assertThat(sms.sent()).noneMatch(m -> m.phone().equals(someoneElse));
        assertThat(sms.sent()).noneMatch(m -> m.message().contains(theirs));
        assertThat(sms.sent())
                .anyMatch(m -> m.phone().equals(Api.CHEN_PHONE) && m.message().contains(own));
    }

    @Test
    void aPhoneTypedInAtAWindowIsNotTexted() {
        String id = TestIds.next("350205");
        var body = Api.rentWithdrawal(1500);
        body.put("channel", "WINDOW");
        body.put("contactPhone", "13700005678");
        body.put("applicant", java.util.Map.of("name", "柯小雨", "idNumber", id));
        body.put(
                "materials",
                java.util.List.of(
                        java.util.Map.of(
                                "code", "id-card", "reference", org.tongban.testing.Uploaded.pdf("clerk-haicang")),
                        java.util.Map.of("code", "bank-card", "reference", "PAPER")));
        Api.submit("clerk-haicang", body);
        drain();
        assertThat(sms.sent()).noneMatch(m -> m.phone().equals("13700005678"));
    }

    @Test
    void noApplicationGetsMoreThanTheConfiguredNumberOfTexts() {
        String number = Api.submit("citizen-chen", Api.rentWithdrawal(1500)); // one text: approved
        for (int i = 0; i < 10; i++) {
            textWorthyEvent(number);
        }
        drain();
        assertThat(sms.sent().stream().filter(m -> m.message().contains(number)))
                .as("tongban.outbox.sms-per-application is 3 in tests")
                .hasSize(3);
    }

    /** What a burst of supplement requests, decisions and the like would leave in the outbox. */
    private void textWorthyEvent(String number) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT INTO outbox_event (event_id, event_type, application_number,"
                                + " district, payload, notification, created_at, dispatched) VALUES (?1,"
                                + " 'application.request-supplement', ?2, '350205', '{}', CONCAT('【通办】您的办件', ?2, '需补正材料。'), NOW(),"
                                + " FALSE)")
                        .setParameter(1, UUID.randomUUID().toString())
                        .setParameter(2, number)
                        .executeUpdate());
    }

    private void drain() {
        Drain.all(dispatcher, worker);
    }
}
