package org.rehabit.base.database;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts the SQL statements the application prepares, by wrapping the data source: import it into a test to
 * assert how many statements an operation needs (not how long it takes).
 */
@TestConfiguration
public class StatementCounter implements BeanPostProcessor {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");
    private final AtomicInteger count = new AtomicInteger();

    /** Runs the work and answers how many statements it prepared. */
    public int count(Runnable work) {
        return measure(() -> {
            work.run();
            return null;
        }).statements();
    }

    public <T> Counted<T> measure(Supplier<T> work) {
        var before = count.get();
        var result = work.get();
        return new Counted<>(result, count.get() - before);
    }

    public record Counted<T>(T result, int statements) {
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource dataSource)) {
            return bean;
        }
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    var result = invoke(dataSource, method, args);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
    }

    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (STATEMENTS.contains(method.getName())) {
                        count.incrementAndGet();
                    }
                    return invoke(connection, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
