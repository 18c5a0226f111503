package uk.send.web.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the current thread sends through the application's pool: every statement prepared
 * or created on a connection the pool hands out (a statement run twice, as a batch would be, is counted once
 * per preparation). A test's own bean: {@link #install()} wraps the {@link DataSource} bean.
 */
public final class StatementCounter {

    private static final ThreadLocal<java.util.List<String>> SQL = ThreadLocal.withInitial(java.util.ArrayList::new);
    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

    private StatementCounter() {
    }

    public static void reset() {
        SQL.get().clear();
    }

    public static int count() {
        return SQL.get().size();
    }

    /** The statements counted since the last {@link #reset()}, for a failure's message. */
    public static java.util.List<String> statements() {
        return java.util.List.copyOf(SQL.get());
    }

    /** Wraps the application's {@link DataSource} so that its connections count their statements. */
    public static BeanPostProcessor install() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
                    return proxy(DataSource.class, dataSource, (target, method, args) -> {
                        Object result = invoke(target, method, args);
                        return result instanceof Connection connection ? counting(connection) : result;
                    });
                }
                return bean;
            }
        };
    }

    private static Connection counting(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            if (STATEMENTS.contains(method.getName())) {
                SQL.get().add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : method.getName());
            }
            return invoke(target, method, args);
        });
    }

    private interface Call {
        Object on(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (p, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
                return target;
            }
            return call.on(target, method, args);
        };
        Class<?>[] interfaces = target instanceof DataSource && target instanceof AutoCloseable
                ? new Class<?>[] {type, AutoCloseable.class} : new Class<?>[] {type};
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), interfaces, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
