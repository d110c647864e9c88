package uk.ehcexchange.hub.door.signin;

import org.springframework.security.oauth2.client.registration.ClientRegistration;

/**
 * An identity provider the hub itself runs (the demo profile's), which knows the client registration that reaches
 * it — its endpoints depend on the port the hub listens on, so it is asked on the first sign-in, not at start.
 * Used only when no provider is configured ({@code ehc.sign-in.issuer-uri}).
 */
public interface BuiltInIdentityProvider {

    ClientRegistration registration();
}
