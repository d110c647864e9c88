package uk.ehcexchange.hub.door.soap;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.headers.Header;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.AuthenticationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.door.CallerAuthentication;
import uk.ehcexchange.hub.door.PresentedCredential;

/**
 * Authenticates every SOAP call by its WS-Security header (OASIS WSS 1.1, UsernameToken Profile 1.1): the username
 * is the council system's client id and the password its API key, as PasswordText, over TLS. It is the REST API's
 * credential in the SOAP way of carrying it, so a council has one key, rotated one way, for both front doors.
 *
 * <p>Only PasswordText is accepted: the hub holds just the SHA-256 of each key, so it could not check a
 * PasswordDigest, and a digest adds nothing over TLS. The authenticated caller is left on the exchange for the
 * endpoint, as the REST door leaves it on the request.
 *
 * <p>Why this reads the header itself: a servlet filter cannot see a credential inside the envelope without reading
 * the message, and WSS4J's CXF interceptor would need OpenSAML, which is not on Maven Central, for a profile this
 * small. So this interceptor only finds the token — in {@link Phase#PRE_PROTOCOL}, when CXF has read the envelope's
 * header but not its body — and hands it to Spring Security's authentication manager, the one the REST door uses.
 */
final class UsernameTokenAuthentication extends AbstractSoapInterceptor {

    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String PASSWORD_TEXT =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";
    private static final QName SECURITY = new QName(WSSE, "Security");

    private final AuthenticationManager authentication;

    UsernameTokenAuthentication(AuthenticationManager authentication) {
        super(Phase.PRE_PROTOCOL);
        this.authentication = authentication;
    }

    /** The Security header is processed here, so a mustUnderstand="1" on it is honoured. */
    @Override
    public Set<QName> getUnderstoodHeaders() {
        return Set.of(SECURITY);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        Header header = message.getHeader(SECURITY);
        Element token = header != null && header.getObject() instanceof Element security
                ? child(security, "UsernameToken") : null;
        Element username = token == null ? null : child(token, "Username");
        Element password = token == null ? null : child(token, "Password");
        String type = password == null ? null : password.getAttribute("Type");
        if (username == null || password == null || !(type.isEmpty() || PASSWORD_TEXT.equals(type))) {
            throw refused("present a WS-Security UsernameToken with the client id and its API key as PasswordText");
        }
        ClientIdentity client;
        try {
            client = ((CallerAuthentication) authentication.authenticate(new PresentedCredential(
                    PresentedCredential.Kind.API_KEY, password.getTextContent().trim(),
                    username.getTextContent().trim()))).caller();
        } catch (AuthenticationException e) {
            throw refused("no client has that id and API key");
        }
        message.getExchange().put(ClientIdentity.class, client);
        if (message.get(AbstractHTTPDestination.HTTP_REQUEST) instanceof HttpServletRequest request) {
            request.setAttribute(ClientIdentity.REQUEST_ATTRIBUTE, client);
        }
    }

    private static Fault refused(String why) {
        return new Fault(RejectedException.of(Rejection.UNAUTHENTICATED, "/Envelope/Header/Security",
                "valid-username-token", why, null));
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && WSSE.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
