package dev.broadsheet.render;

import com.dynatrace.hash4j.hashing.HashStream128;
import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hashing;

/**
 * A 128-bit digest of values written one after the other, each unambiguously (a text with its
 * length), for the build cache: equal digests mean equal values. XXH3, not a cryptographic hash:
 * the inputs are the author's own files, and what matters is that a change is never missed by
 * accident (one chance in 2^128) and that digesting a site's sources costs little.
 */
public final class Digest {

    private final HashStream128 stream = Hashing.xxh3_128().hashStream();

    public Digest text(String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8); // a bulk copy for most text, where hashing char by char is not
        stream.putInt(bytes.length);
        stream.putBytes(bytes);
        return this;
    }

    public Digest bytes(byte[] bytes, int offset, int length) {
        stream.putInt(length);
        stream.putBytes(bytes, offset, length);
        return this;
    }

    public Digest number(long number) {
        stream.putLong(number);
        return this;
    }

    /** Adds another digest's value. */
    public Digest digest(Value value) {
        stream.putLong(value.high());
        stream.putLong(value.low());
        return this;
    }

    /** A digest's 128 bits. */
    public record Value(long high, long low) {
    }

    /** The digest so far. */
    public Value value() {
        HashValue128 value = stream.get();
        return new Value(value.getMostSignificantBits(), value.getLeastSignificantBits());
    }

    /** The digest so far, as 32 hexadecimal digits. */
    public String hex() {
        HashValue128 value = stream.get();
        java.util.HexFormat hex = java.util.HexFormat.of();
        return hex.toHexDigits(value.getMostSignificantBits()) + hex.toHexDigits(value.getLeastSignificantBits());
    }
}
