package org.tongban.outbox;

/** Runs the outbox by hand, as the tests do with every scheduled job. */
public final class Drain {

    private Drain() {}

    /** Fans out and sends until nothing is pending or due. */
    public static void all(Dispatcher dispatcher, DeliveryWorker worker) {
        while (dispatcher.dispatchBatch() > 0 || worker.deliverBatch() > 0) {
            // until nothing is pending
        }
    }
}
