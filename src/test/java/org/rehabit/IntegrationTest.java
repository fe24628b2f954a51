package org.rehabit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test against the whole application on a real PostgreSQL: a throwaway embedded server by default, or the
 * server named by {@code SPRING_DATASOURCE_URL} (use an empty database there). The demo accounts exist.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
public @interface IntegrationTest {
}
