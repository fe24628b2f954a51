package org.rehabit.notifications;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stand-in for a browser's push service, on a local port: it takes what the portal posts to a device's endpoint,
 * answers with the status a test sets (201, or 410 for a device that is gone, 500 for an outage), and decrypts the
 * payload as the device would (RFC 8291, aes128gcm) with the device's keys, made here as a browser makes them.
 */
final class PushService implements AutoCloseable {

    /** What arrived at an endpoint: its path, the headers that matter, and the decrypted text. */
    record Received(String path, String authorization, String encoding, String ttl, String text) {
    }

    /** A device's subscription as the browser hands it to the portal. */
    record Device(String endpoint, String p256dh, String auth) {
    }

    private final HttpServer server;
    private final KeyPair deviceKeys;
    private final byte[] authSecret = new byte[16];
    final List<Received> received = new CopyOnWriteArrayList<>();
    volatile int status = 201;

    PushService() {
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            deviceKeys = generator.generateKeyPair();
            new SecureRandom().nextBytes(authSecret);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/push/", exchange -> {
            var body = exchange.getRequestBody().readAllBytes();
            var headers = exchange.getRequestHeaders();
            received.add(new Received(exchange.getRequestURI().getPath(), headers.getFirst("Authorization"),
                    headers.getFirst("Content-Encoding"), headers.getFirst("TTL"), decrypt(body)));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** A device subscribed at {@code /push/<name>}, all devices sharing this service's keys. */
    Device device(String name) {
        var url = Base64.getUrlEncoder().withoutPadding();
        return new Device("http://127.0.0.1:" + server.getAddress().getPort() + "/push/" + name,
                url.encodeToString(uncompressed((ECPublicKey) deviceKeys.getPublic())),
                url.encodeToString(authSecret));
    }

    private String decrypt(byte[] body) {
        try {
            var in = ByteBuffer.wrap(body);
            var salt = new byte[16];
            in.get(salt);
            in.getInt(); // record size
            var senderKey = new byte[in.get()];
            in.get(senderKey);
            var cipherText = new byte[in.remaining()];
            in.get(cipherText);

            var agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(deviceKeys.getPrivate());
            agreement.doPhase(publicKey(senderKey), true);
            var shared = agreement.generateSecret();
            var keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII),
                    uncompressed((ECPublicKey) deviceKeys.getPublic()), senderKey);
            var inputKey = expand(hmac(authSecret, shared), keyInfo, 32);
            var pseudoRandomKey = hmac(salt, inputKey);
            var contentKey = expand(pseudoRandomKey,
                    "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
            var nonce = expand(pseudoRandomKey, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(contentKey, "AES"), new GCMParameterSpec(128, nonce));
            var padded = cipher.doFinal(cipherText);
            var end = padded.length - 1;
            while (end > 0 && padded[end] == 0) {
                end--;
            }
            if (padded[end] != 2) {
                return "no last-record delimiter";
            }
            return new String(padded, 0, end, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | RuntimeException e) {
            return "undecryptable: " + e;
        }
    }

    private ECPublicKey publicKey(byte[] uncompressed) throws GeneralSecurityException {
        var params = ((ECPublicKey) deviceKeys.getPublic()).getParams();
        var point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, params));
    }

    private static byte[] uncompressed(ECPublicKey key) {
        return concat(new byte[] {4}, fixed(key.getW().getAffineX()), fixed(key.getW().getAffineY()));
    }

    private static byte[] fixed(BigInteger coordinate) {
        var bytes = coordinate.toByteArray();
        var out = new byte[32];
        var length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, out, 32 - length, length);
        return out;
    }

    /** HKDF-Expand for one block (enough for keys up to 32 bytes). */
    private static byte[] expand(byte[] key, byte[] info, int length) throws GeneralSecurityException {
        return Arrays.copyOf(hmac(key, concat(info, new byte[] {1})), length);
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] concat(byte[]... parts) {
        var out = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(part -> part.length).sum());
        Arrays.stream(parts).forEach(out::put);
        return out.array();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
