package org.tongban.cases.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tongban.cases.Application;
import org.tongban.catalog.Channel;
import org.tongban.common.Clocks;

/**
 * 好差评 for applicants without an account: an application received at a window, a kiosk or a
 * partner outlet gets a one-time code, printed on the receipt, with which its applicant rates the
 * case later. The code is shown once, in the submission's response; only its hash is kept, and a
 * rating spends it. Twelve characters from 31 unambiguous ones (no 0/O, 1/I/L): about 59 bits.
 */
@ApplicationScoped
public class RatingCodes {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 12;
    /** Online applicants rate as themselves, logged in. */
    private static final Set<Channel> ONLINE = Set.of(Channel.WEB, Channel.MOBILE);

    private final SecureRandom random = new SecureRandom();

    @Inject
    Clock clock;

    /** Issues the code for an application received on someone's behalf; empty for online ones. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> issueFor(Application a) {
        if (ONLINE.contains(a.channel)) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        var stored = new RatingCode();
        stored.applicationId = a.id;
        stored.codeHash = hash(code.toString());
        stored.issuedAt = Clocks.utcNow(clock);
        stored.persist();
        return Optional.of(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8));
    }

    /**
     * Spends the code if it is this application's and unspent; false otherwise (wrong, spent, or
     * never issued), without saying which.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean spend(Application a, String given) {
        RatingCode stored = RatingCode.findById(a.id);
        if (stored == null
                || stored.usedAt != null
                || !MessageDigest.isEqual(
                        stored.codeHash.getBytes(StandardCharsets.US_ASCII),
                        hash(normalised(given)).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        stored.usedAt = Clocks.utcNow(clock);
        return true;
    }

    /** As typed: any case, with or without the separators printed on the receipt. */
    static String normalised(String given) {
        return given.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static String hash(String code) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
