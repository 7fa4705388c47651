package org.tongban.outbox;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.tongban.identity.PhoneNumbers;

/** The default sender: writes the message to the log, with the phone number masked. */
@ApplicationScoped
@DefaultBean
public class LoggingNotificationSender implements NotificationSender {

    private static final Logger LOG = Logger.getLogger(LoggingNotificationSender.class);

    @Override
    public void send(String phone, String message) {
        LOG.infof("SMS to %s: %s", PhoneNumbers.mask(phone), message);
    }
}
