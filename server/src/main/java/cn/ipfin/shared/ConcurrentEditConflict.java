package cn.ipfin.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Someone else changed the record since the caller read it (optimistic version check); nothing was written. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConcurrentEditConflict extends RuntimeException {

    public ConcurrentEditConflict(String subject, Object id, long expectedVersion) {
        super(subject + " " + id + " was changed by someone else (expected version " + expectedVersion + ")");
    }
}
