package org.frontdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one application context that integration tests share: the real application on a random port, backed by a
 * fresh embedded PostgreSQL, with the demo practice seeded (password {@link #DEMO_PASSWORD}). Tests never change
 * this configuration, so Spring starts it once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = FrontdeskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface FrontdeskTest {

    String DEMO_PASSWORD = "demo-password-for-tests";
}
