package org.tongban.common;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transactional method whose whole transaction is run again, a bounded number of times, when the
 * database refuses it as a conflict (SQLState 40001: an InnoDB deadlock, or a Galera certification
 * failure, which MariaDB reports the same way). Only for methods that do nothing but database work
 * — never one that sends anything over the network — and only where they start the transaction:
 * called inside a caller's transaction they run once, and the caller's boundary decides.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetryOnConflict {}
