package org.tongban.common;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource (or one operation) whose answers are written in the caller's language
 * ({@code Accept-Language}): they say which ({@code Content-Language}) and that they depend on it
 * ({@code Vary}), so the resource itself only picks its texts.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Localized {}
