package org.tongban.common;

/**
 * A bounded resource of the service stayed taken longer than a request may wait for it: answered
 * like an exhausted connection pool, 503 with Retry-After, so the client comes back later.
 */
public class Overloaded extends RuntimeException {

    public Overloaded(String what) {
        super(what);
    }
}
