package cn.ipfin.shared;

import java.util.List;

/**
 * A command as the caller sent it to the API: who acts, the optional {@code Idempotency-Key} header, and the path's
 * values (loan number, asset id) in the order the path names them. A controller takes it as a parameter instead of
 * the header and the actor, so that what identifies a retry (the command, the path values and the body) is decided in
 * one place; the OpenAPI document still lists the header on every operation that takes it.
 */
public record KeyedCommand(Actor actor, String key, List<String> pathValues) {

    public static final String HEADER = "Idempotency-Key";

    public KeyedCommand {
        pathValues = List.copyOf(pathValues);
    }

    public boolean keyed() {
        return key != null && !key.isBlank();
    }
}
