package uk.ehcexchange.hub.peering;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.config.HubProperties;

/** Talks to other hubs over mutual TLS. Packages are streamed from their file, never loaded whole. */
@Component
public class PeerClient {

    public record Answer(int status, byte[] body) {
    }

    private final HubProperties.Peering peering;
    private final List<HubProperties.Peer> peers;
    private volatile HttpClient http;

    public PeerClient(HubProperties properties) {
        this.peering = properties.peering();
        this.peers = properties.peers();
    }

    /** The other hub that serves a council, if one is configured. */
    public Optional<HubProperties.Peer> serving(String council) {
        return peers.stream().filter(peer -> peer.authorities().contains(council)).findFirst();
    }

    public Answer deliver(URI peer, String transferId, String recipient, Path sealed)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(peer.resolve("/peer/v1/packages/" + transferId))
                .timeout(Duration.ofMinutes(10))
                .header("Content-Type", PeeringProtocol.PKCS7)
                .header(PeeringProtocol.RECIPIENT_HEADER, recipient)
                .POST(HttpRequest.BodyPublishers.ofFile(sealed))
                .build();
        HttpResponse<byte[]> response = client().send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.body());
    }

    public Answer sendReceipt(URI peer, String transferId, byte[] signedReceipt) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(peer.resolve("/peer/v1/receipts/" + transferId))
                .timeout(Duration.ofMinutes(1))
                .header("Content-Type", PeeringProtocol.PKCS7)
                .POST(HttpRequest.BodyPublishers.ofByteArray(signedReceipt))
                .build();
        HttpResponse<byte[]> response = client().send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.body());
    }

    private HttpClient client() {
        if (http == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().sslContext(PeerTls.context(peering))
                            .connectTimeout(Duration.ofSeconds(10)).build();
                }
            }
        }
        return http;
    }
}
