package org.frontdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** The SHA-1 seed of RFC 6238 appendix B. */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final String RFC_KEY_BASE32 = new Base32().encodeAsString(RFC_KEY).replace("=", "");

    @ParameterizedTest
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130"})
    void matchesTheRfc6238TestVectorsForSha1(long unixTime, String expected) {
        var step = Totp.stepAt(Instant.ofEpochSecond(unixTime));
        assertThat(Totp.code(RFC_KEY, step, 8, "HmacSHA1")).isEqualTo(expected);
        // Six digits are the last six of the eight: the same truncation, a smaller modulus.
        assertThat(Totp.codeAt(RFC_KEY_BASE32, Instant.ofEpochSecond(unixTime))).isEqualTo(expected.substring(2));
    }

    @Test
    void acceptsTheCodeOfOneStepEitherSideButNotTwo() {
        var now = Instant.ofEpochSecond(1_111_111_111L);
        var current = Totp.stepAt(now);
        for (int offset : new int[] {-1, 0, 1}) {
            var code = Totp.codeAt(RFC_KEY_BASE32, now.plusSeconds(30L * offset));
            assertThat(Totp.matchingStep(RFC_KEY_BASE32, code, now)).hasValue(current + offset);
        }
        assertThat(Totp.matchingStep(RFC_KEY_BASE32, Totp.codeAt(RFC_KEY_BASE32, now.plusSeconds(60)), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY_BASE32, Totp.codeAt(RFC_KEY_BASE32, now.minusSeconds(60)), now)).isEmpty();
    }

    @Test
    void refusesCodesThatAreNotSixDigits() {
        var now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(RFC_KEY_BASE32, "287082", now)).isPresent();
        assertThat(Totp.matchingStep(RFC_KEY_BASE32, "287 082", now)).isPresent();
        assertThat(Totp.matchingStep(RFC_KEY_BASE32, "94287082", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY_BASE32, "28708", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY_BASE32, "", now)).isEmpty();
    }

    @Test
    void newSecretsAreBase32Of160BitsAndDiffer() {
        var secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(new Base32().decode(secret)).hasSize(20);
        assertThat(Totp.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void keyUriNamesIssuerAndAccountForAuthenticatorApps() {
        assertThat(Totp.keyUri("dana", "ABC"))
                .isEqualTo("otpauth://totp/Frontdesk%3Adana?secret=ABC&issuer=Frontdesk&algorithm=SHA1&digits=6&period=30");
    }
}
