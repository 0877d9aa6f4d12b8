package dev.broadsheet.images;

/** A picture that cannot be read, with what is wrong with it in words a writer can act on. */
final class BrokenImageException extends Exception {

    BrokenImageException(String reason) {
        super(reason, null, false, false);
    }
}
