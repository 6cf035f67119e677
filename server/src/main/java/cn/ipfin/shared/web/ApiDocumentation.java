package cn.ipfin.shared.web;

import cn.ipfin.core.money.Money;
import cn.ipfin.shared.Actor;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.NumberSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;

/**
 * What the OpenAPI document must say truly: the signed-in {@link Actor} is resolved from the session or token, never
 * a parameter a client sends; money is the plain decimal number {@link ApiJson} writes; enums are named schemas.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        // an enum is one named schema (Role, LoanState, …), as a client generator makes one type of it; inline, every
        // field got its own copy, and openapi-generator's Java client does not compile a set of inline enum values
        ModelResolver.enumsAsRef = true;
        SpringDocUtils.getConfig()
                .addRequestWrapperToIgnore(Actor.class)
                .replaceWithSchema(Money.class, new NumberSchema()
                        .description("Yuan (元), a decimal number with 2 decimals / 金额（元，两位小数）")
                        .example(new BigDecimal("1234.50")));
    }

    @Bean
    OpenApiCustomizer ipfinInfo() {
        return api -> api.info(new Info().title("IPFin API").version("v1")
                .description("IP pledge financing platform. Errors are RFC 9457 problem details in the caller's"
                        + " language (Accept-Language: en for English, Chinese by default)."));
    }
}
