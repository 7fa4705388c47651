package org.tongban.outbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Looks a receiver's host name up: every address it has, so that every one can be checked. */
public interface HostResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
