package org.rehabit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.rehabit.base.database.StatementCounter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test against the whole application on a real PostgreSQL: a throwaway embedded server by default, or the
 * server named by {@code SPRING_DATASOURCE_URL} (use an empty database there). Tests make the accounts they need
 * rather than rely on the demo accounts. The
 * {@link StatementCounter} is there for tests that count SQL statements, {@link TestData} for the rows a test
 * makes itself, {@link NoonClock} for one "today" however long the run (one context for all).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import({StatementCounter.class, TestData.class, NoonClock.class})
public @interface IntegrationTest {
}
