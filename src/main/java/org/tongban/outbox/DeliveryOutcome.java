package org.tongban.outbox;

/**
 * The result of one delivery attempt. A failure is recorded as a category that an administrator can
 * act on — {@code timeout}, {@code refused}, {@code tls}, {@code status 503}, an address refusal such
 * as {@code private-address} — and never as an exception's text, which could tell a caller about the
 * network behind the service.
 */
record DeliveryOutcome(boolean delivered, Integer status, String error) {

    static final String TIMEOUT = "timeout";
    static final String REFUSED = "refused";
    static final String TLS = "tls";
    static final String NETWORK = "network";
    static final String GATEWAY = "gateway-error";
    static final String SUBSCRIPTION_INACTIVE = "subscription-inactive";

    static DeliveryOutcome sent() {
        return new DeliveryOutcome(true, null, null);
    }

    /** A 2xx is delivered; any other status, redirects included (they are never followed), is not. */
    static DeliveryOutcome answered(int status) {
        boolean delivered = status / 100 == 2;
        return new DeliveryOutcome(delivered, status, delivered ? null : "status " + status);
    }

    static DeliveryOutcome failed(String category) {
        return new DeliveryOutcome(false, null, category);
    }

    /** Not worth retrying: the subscription was stopped. */
    boolean isFinal() {
        return SUBSCRIPTION_INACTIVE.equals(error);
    }
}
