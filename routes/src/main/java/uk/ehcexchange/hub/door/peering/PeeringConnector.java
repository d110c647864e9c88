package uk.ehcexchange.hub.door.peering;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.door.FirewallFirst;
import uk.ehcexchange.hub.peering.PeerTls;

/**
 * A second HTTPS listener, on {@code ehc.peering.port}, for other hubs only: TLS 1.3 that requires a client
 * certificate from one of the peer CAs. Council systems keep using the API port.
 */
@Component
class PeeringConnector implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final HubProperties.Peering peering;

    PeeringConnector(HubProperties properties) {
        this.peering = properties.peering();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (peering == null || peering.port() == 0) {
            return;
        }
        Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        connector.setPort(peering.port());
        FirewallFirst.passEncodedSlashesToTheFirewall(connector);
        connector.setScheme("https");
        connector.setSecure(true);
        AbstractHttp11Protocol<?> protocol = (AbstractHttp11Protocol<?>) connector.getProtocolHandler();
        protocol.setSSLEnabled(true);
        SSLHostConfig tls = new SSLHostConfig();
        tls.setProtocols("TLSv1.3");
        tls.setCertificateVerification("required");
        tls.setTrustStore(PeerTls.trustedPeers(peering));
        SSLHostConfigCertificate certificate =
                new SSLHostConfigCertificate(tls, SSLHostConfigCertificate.Type.UNDEFINED);
        certificate.setCertificateKeystore(PeerTls.identity(peering));
        certificate.setCertificateKeystorePassword(new String(PeerTls.password(peering)));
        tls.addCertificate(certificate);
        protocol.addSslHostConfig(tls);
        factory.addAdditionalTomcatConnectors(connector);
    }
}
