package org.tongban.outbox;

/**
 * Sends a text message to a citizen's contact phone. The default only logs (masked); a deployment
 * plugs in its SMS gateway by providing another bean of this type.
 */
public interface NotificationSender {

    /** Throws when the message could not be handed to the gateway; the delivery is then retried. */
    void send(String phone, String message) throws Exception;
}
