package dev.broadsheet.render;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A digest of everything a job's page is made from, for the build cache: two jobs with the same
 * digest, rendered with templates of the same texts and the same settings, give the same bytes.
 * The values are written out unambiguously — each string with its length, each record as its
 * components, each map in key order — and an article or page as the digest of what it was parsed
 * from, so an article's body is never digested again. A value of any other kind makes the job
 * uncacheable (its page is rendered every time), never wrong.
 *
 * <p>Records are read through their components, the values they are defined by. The digests of
 * records and lists are kept by identity, so a teaser shown on five lists is digested once.
 * One per build; not thread-safe.
 */
public final class JobDigest {

    /** Each record class's accessors, in the order of its components. */
    private static final ClassValue<java.lang.reflect.Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            java.lang.reflect.Method[] accessors = new java.lang.reflect.Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
            }
            return accessors;
        }
    };

    /** Each record class's name, digested once. */
    private static final ClassValue<Digest.Value> CLASS_NAMES = new ClassValue<>() {
        @Override
        protected Digest.Value computeValue(Class<?> type) {
            return new Digest().text(type.getName()).value();
        }
    };

    private final Function<Object, Optional<String>> parsedFrom;
    private final Map<Object, Digest.Value> known = new IdentityHashMap<>(1 << 16);

    /** @param parsedFrom the digest of what an {@link Article} or {@link Page} was parsed from, if it is known */
    public JobDigest(Function<Object, Optional<String>> parsedFrom) {
        this.parsedFrom = parsedFrom;
    }

    /** The digest of {@code job} rendered with templates whose texts have {@code templateDigest}; empty when it cannot be taken. */
    public Optional<String> of(RenderJob job, String templateDigest) {
        try {
            Digest digest = new Digest().text(job.kind().name()).text(job.template()).text(templateDigest).text(job.path()).text(job.origin());
            value(digest, job.variables());
            return Optional.of(digest.hex());
        } catch (Uncacheable e) {
            return Optional.empty();
        }
    }

    /** A value no digest is taken of. */
    private static final class Uncacheable extends Exception {
        Uncacheable(Object value) {
            super(value.getClass().getName(), null, false, false);
        }
    }

    private void value(Digest digest, Object value) throws Uncacheable {
        if (value instanceof String text) {
            digest.text("s").text(text);
        } else if (value instanceof Integer number) {
            digest.text("i").number(number);
        } else if (value instanceof Long number) {
            digest.text("n").number(number);
        } else if (value instanceof Boolean flag) {
            digest.text(flag ? "t" : "f");
        } else if (value instanceof ZonedDateTime || value instanceof LocalDate) {
            digest.text("d").text(value.toString()); // ISO with offset and zone: equal text, equal value
        } else if (value instanceof Article || value instanceof Page) {
            digest.text("a").text(parsedFrom.apply(value).orElseThrow(() -> new Uncacheable(value)));
        } else if (value instanceof Optional<?> optional) {
            digest.text(optional.isPresent() ? "o" : "-");
            if (optional.isPresent()) {
                value(digest, optional.get());
            }
        } else if (value instanceof Map<?, ?> map) {
            digest.text("m").number(map.size());
            List<String> keys = new ArrayList<>();
            for (Object key : map.keySet()) {
                if (!(key instanceof String name)) {
                    throw new Uncacheable(key);
                }
                keys.add(name);
            }
            keys.sort(null);
            for (String key : keys) {
                digest.text(key);
                value(digest, map.get(key));
            }
        } else if (value instanceof List<?> || value instanceof Record) {
            digest.text(value instanceof List<?> ? "l" : "r").digest(kept(value));
        } else {
            throw new Uncacheable(value);
        }
    }

    /** The digest of a list or record, taken once per object. */
    private Digest.Value kept(Object value) throws Uncacheable {
        Digest.Value known = this.known.get(value);
        if (known != null) {
            return known;
        }
        Digest digest = new Digest();
        if (value instanceof List<?> list) {
            digest.number(list.size());
            for (Object item : list) {
                value(digest, item);
            }
        } else {
            digest.digest(CLASS_NAMES.get(value.getClass()));
            for (java.lang.reflect.Method accessor : ACCESSORS.get(value.getClass())) {
                try {
                    value(digest, accessor.invoke(value));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new Uncacheable(value);
                }
            }
        }
        Digest.Value made = digest.value();
        this.known.put(value, made);
        return made;
    }
}
