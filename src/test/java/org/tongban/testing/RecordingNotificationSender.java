package org.tongban.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tongban.outbox.NotificationSender;

/** Stands in for the SMS gateway in tests: remembers what would have been sent. */
@Alternative
@Priority(1)
@Singleton
public class RecordingNotificationSender implements NotificationSender {

    public record Sms(String phone, String message) {}

    private final List<Sms> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(String phone, String message) {
        sent.add(new Sms(phone, message));
    }

    public List<Sms> sent() {
        return List.copyOf(sent);
    }
}
