package uk.ehcexchange.hub.config;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.connection.CachingConnectionFactory;

/**
 * Keeps the hub's cached JMS connection and sessions when the Artemis client fails over from a live broker to its
 * backup (the production broker pair, docs/operations.md).
 *
 * <p>Why: the Artemis client moves its sessions, consumers and producers to the backup by itself, then still tells
 * the connection's exception listener, with the error code {@code FAILOVER}. Spring's {@link CachingConnectionFactory}
 * treats any such call as a dead connection: it closes every cached session under the consumers that are using
 * them ("Session is closed"), and the listener containers wait out their recovery interval (5 s) before consuming
 * again. Measured with {@code BrokerFailoverTest}: the first transfer delivered 8–10 s after the live was killed,
 * against about 1.5–2.5 s for the backup to become live. A {@code DISCONNECT} (the client gave up) still resets the
 * connection as before.
 */
@Configuration(proxyBeanMethods = false)
public class BrokerFailoverConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BrokerFailoverConfiguration.class);

    /** Replaces Spring Boot's caching connection factory with one that survives a failover, same settings. */
    @Bean
    static BeanPostProcessor failoverTolerantJmsConnections() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof CachingConnectionFactory cached && !(bean instanceof FailoverTolerant)) {
                    FailoverTolerant tolerant = new FailoverTolerant(cached.getTargetConnectionFactory());
                    tolerant.setSessionCacheSize(cached.getSessionCacheSize());
                    tolerant.setCacheProducers(cached.isCacheProducers());
                    tolerant.setCacheConsumers(cached.isCacheConsumers());
                    return tolerant;
                }
                return bean;
            }
        };
    }

    static final class FailoverTolerant extends CachingConnectionFactory {

        FailoverTolerant(ConnectionFactory target) {
            super(target);
        }

        @Override
        public void onException(JMSException failure) {
            if (ActiveMQConnection.EXCEPTION_FAILOVER.equals(failure.getErrorCode())) {
                log.warn("The broker connection failed over to another broker of the pair; sessions carry on ({})",
                        failure.getMessage());
                return;
            }
            super.onException(failure);
        }
    }
}
