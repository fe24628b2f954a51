package org.rehabit.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** What an authenticator app on the user's phone does: shows the code of a secret at a moment. */
public final class AuthenticatorApp {

    private AuthenticatorApp() {
    }

    public static String code(String secret, Instant at) {
        var totp = new TimeBasedOneTimePasswordGenerator();
        try {
            return totp.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret),
                    totp.getAlgorithm()), at);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
