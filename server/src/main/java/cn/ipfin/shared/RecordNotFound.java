package cn.ipfin.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The record does not exist or the actor may not see it; both answer 404 so that a bank cannot probe for
 * another bank's loans.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFound extends RuntimeException {

    private final String subject;

    public RecordNotFound(String subject, Object id) {
        super(subject + " " + id + " not found");
        this.subject = subject;
    }

    public String subject() {
        return subject;
    }
}
