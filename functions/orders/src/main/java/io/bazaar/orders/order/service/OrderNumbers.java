package io.bazaar.orders.order.service;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Order numbers: yyMMddHHmmss (UTC) then 8 random Crockford base32 characters from SecureRandom, e.g.
 * 261125143012K7Q2M9XD. They sort by time, carry 40 random bits per second (no guessing a neighbour's number)
 * and fit on a parcel label; the primary key catches the (negligible) collision.
 */
@ApplicationScoped
public class OrderNumbers {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final char[] BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final SecureRandom random = new SecureRandom();

    public String next(Instant at) {
        StringBuilder number = new StringBuilder(20).append(TIME.format(at));
        for (int i = 0; i < 8; i++) {
            number.append(BASE32[random.nextInt(32)]);
        }
        return number.toString();
    }
}
