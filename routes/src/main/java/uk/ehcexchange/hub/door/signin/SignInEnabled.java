package uk.ehcexchange.hub.door.signin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * On the sign-in door's beans: present when an identity provider is configured ({@code ehc.sign-in.issuer-uri}) or
 * in demo mode (the hub's own demonstration provider). Otherwise nobody can sign in, so there is no door: the
 * dashboard's paths answer 404 like any other path no door claims.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@ConditionalOnExpression("'${ehc.sign-in.issuer-uri:}' != '' or ${ehc.demo-mode:false}")
public @interface SignInEnabled {
}
