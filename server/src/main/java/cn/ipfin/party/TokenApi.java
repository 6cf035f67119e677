package cn.ipfin.party;

import cn.ipfin.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** Bearer tokens for API clients: sign in once with the password, then send {@code Authorization: Bearer <token>}. */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Parties", description = "The signed-in user, organisations and enterprises")
class TokenApi {

    private final ApiTokens tokens;

    TokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record TokenResponse(String token, String tokenType, Instant expiresAt) {
    }

    @PostMapping
    @Operation(summary = "Issue a bearer token for the user signed in with HTTP Basic (the token is shown only once)")
    TokenResponse issue(Actor actor, Authentication authentication) {
        if (authentication instanceof BearerTokenFilter.Authenticated) {
            // a token must not extend itself: a new one needs the password
            throw problem(HttpStatus.FORBIDDEN, "a new token needs a password sign-in (HTTP Basic) / 签发令牌需使用密码登录");
        }
        ApiTokens.Issued issued = tokens.issue(actor.userId());
        return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
    }

    @DeleteMapping("/current")
    @ResponseStatus(HttpStatus.NO_CONTENT)   // what it answers, so that the document says 204, not 200
    @Operation(summary = "Revoke the bearer token this request was signed in with")
    ResponseEntity<Void> revoke(Actor actor, Authentication authentication) {
        if (!(authentication instanceof BearerTokenFilter.Authenticated bearer)) {
            throw problem(HttpStatus.BAD_REQUEST, "this request carries no bearer token / 请求未使用令牌");
        }
        tokens.revoke(bearer.token(), actor.userId());
        return ResponseEntity.noContent().build();
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
